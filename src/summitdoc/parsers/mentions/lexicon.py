"""The parser's language data (``parsers/data/lexicon.toml``) and the gazetteer built from it.

Both are built once per :class:`~summitdoc.knowledge.Knowledge` and cached.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen

from ...exceptions import DataError
from .cues import CueFamily, CueTable
from .gazetteer import Gazetteer, key_of, tokenise

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from ...knowledge import Knowledge

__all__ = ["Lexicon", "cue_table", "fold_line", "gazetteer_for", "lexicon"]


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(key_of(x) for x in items)


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as the token keys the text is read in ("was part of": "was", "part", "of")."""
    return tuple(tuple(tokenise(x).keys) for x in items)


@frozen
class Lexicon:
    """Cue words and phrases, lower-cased for lookup unless noted."""

    particles: frozenset[str]
    suffixes: frozenset[str]
    #: Letters after a name, exact case ("MP", "TD"): a seat or an honour, not the name.
    post_nominals: frozenset[str]
    #: Capitalised words that never form a personal name (exact case).
    not_names: frozenset[str]
    #: Place words and forms of address that may end a personal name ("Ellis Lake"), exact case.
    closing_surnames: frozenset[str]
    #: Words that may open a surname after a first name ("Marlon St. Hill"), exact case.
    surname_particles: frozenset[str]
    #: Given names written short before a full stop ("Ma.", "Md."), exact case.
    short_given: frozenset[str]
    #: Words in brackets after a rank saying its holder has retired ("(Ret'd)"), folded.
    retired_marks: frozenset[str]
    #: Head nouns of a place named after a person ("... Grand Mosque"), folded.
    place_heads: frozenset[str]
    #: Lower-case verbs after a bare name that show it is a person acting.
    subject_verbs: frozenset[str]
    #: Phrases right before bare names that say they take part ("present were"), lower case.
    presence_leads: tuple[tuple[str, ...], ...]
    institution_words: frozenset[str]
    #: Endings of a capitalised word that make it an institution word too ("Emigration").
    institution_endings: tuple[str, ...]
    #: Words just before a name that make it a journalist's ("Correspondent X", "VOA's X").
    journalist_before: frozenset[str]
    #: Phrases just after a name that make it a journalist's ("X reports from").
    journalist_after: tuple[tuple[str, ...], ...]
    #: Nouns after "<Name> is a ..." that make the name a journalist's ("correspondent").
    journalist_nouns: frozenset[str]
    #: Nouns of a profession that describe a quoted person ("analyst", "senior fellow").
    professions: frozenset[str]
    profession_endings: tuple[str, ...]
    #: Month names of other languages, lower case, to the month's number ("junio": 6).
    foreign_months: Mapping[str, int]
    #: Words that make a title-case phrase the name of a thing ("Survey", "plan").
    thing_words: frozenset[str]
    #: Phrases right after a name that say the person is absent ("stayed home"), as tokens.
    absent_after: tuple[tuple[str, ...], ...]
    #: Nouns after "X's" that say X is absent ("X's absence"), folded.
    absence_nouns: frozenset[str]
    #: Adverbs allowed before one of ``absent_after`` ("also stayed away"), folded.
    absent_fillers: frozenset[str]
    #: Phrases right before a name that say the person is absent ("in place of"), as tokens.
    absent_before: tuple[tuple[str, ...], ...]
    #: Phrases after a name that tell of the person at another time ("is expected to"), as tokens.
    elsewhere_after: tuple[tuple[str, ...], ...]
    #: Nouns after "X's" that tell of X's office, not of X ("X's government"), folded.
    elsewhere_owned: frozenset[str]
    #: Phrases before a name that tell of a meeting to come ("to be received by"), as tokens.
    elsewhere_before: tuple[tuple[str, ...], ...]
    #: Phrases after a country and before a person who stands for it ("was represented by").
    stands_for: tuple[tuple[str, ...], ...]
    #: "X led Thailand's delegation", "X was part of the Kyrgyz delegation": the verbs (as
    #: token phrases) and the nouns.
    delegation_verbs: tuple[tuple[str, ...], ...]
    delegation_nouns: frozenset[str]
    #: Phrases in a speaker's sentence that say a person named in it is present ("our guest").
    presence_cues: tuple[str, ...]
    #: Prepositions that, opening a sentence, keep the name after them from its subject.
    opening_prepositions: frozenset[str]
    narrow: frozenset[str]
    expanded: frozenset[str]
    format_nouns: frozenset[str]
    settings: dict[str, tuple[str, ...]]
    speech_verbs: tuple[str, ...]
    #: Phrases in a speaker's sentences that put the speech before the press.
    press_phrases: tuple[str, ...]
    protagonist_roles: frozenset[str]
    decision_heads: dict[str, tuple[str, ...]]
    #: The phrase lists of ``[decisions]`` by key ("approval_verbs", "clause_ends", ...).
    decision_cues: dict[str, tuple[str, ...]]
    statement_numbers: dict[str, int]
    point_verbs: frozenset[str]
    #: Words of a government site's masthead ("presidency", "prime minister"), lower case.
    site_offices: tuple[str, ...]
    #: Asides after "which" before a statement's point ("among others"), lower case.
    statement_asides: tuple[str, ...]
    meeting_agreed: tuple[str, ...]
    meeting_topics: tuple[str, ...]
    #: Every phrase list of ``[meetings]`` by key ("fronted", "reception", ...).
    meeting_cues: dict[str, tuple[str, ...]]
    #: Ranks and portfolios before a title; ``rank_modifiers`` are the ranks and older portfolios.
    title_modifiers: frozenset[str]
    rank_modifiers: frozenset[str]
    #: Words before a title that make it another office ("Deputy Prime Minister" is no "Prime
    #: Minister", a "Prime Minister" no "Minister").
    another_office: frozenset[str]
    lower_modifiers: frozenset[str]
    leader_nouns: frozenset[str]
    office_holders: frozenset[str]
    #: Abbreviated titles, exact case, to the title they stand for ("PM" -> "Prime Minister").
    short_titles: dict[str, str]
    event_prepositions: frozenset[str]
    object_verbs: frozenset[str]
    #: Statement cues, lower case, apostrophes straight ("leaders' statement", "adoption of").
    statement_modifiers: tuple[str, ...]
    statement_documents: tuple[str, ...]
    statement_outcome_cues: tuple[str, ...]
    statement_end_verbs: tuple[str, ...]
    statement_source_cues: tuple[str, ...]
    statement_source_verbs: tuple[str, ...]
    not_participles: frozenset[str]
    naming_words: frozenset[str]
    #: Words right before a quote that make it a title at any length ("under the theme").
    title_words: frozenset[str]
    #: Words that open a new clause after a quote ("while", "but"): not the quote's cue.
    clause_openers: frozenset[str]
    #: Forms of address in capitals, exact case ("HE", "HH").
    address_abbreviations: frozenset[str]
    #: Title kinds that are a form of address between a title and a name ("Sheikh").
    address_title_kinds: frozenset[str]
    #: Words that go on a sentence after a short quoted phrase ("despite", "to").
    phrase_followers: frozenset[str]
    #: Words between a determiner and a reporting verb's form that make it a noun ("welcome").
    speech_modifiers: frozenset[str]
    #: Whole lines of page furniture (buttons, labels, player messages), folded.
    furniture_lines: frozenset[str]
    #: Beginnings and ends of furniture lines (credits, sign-up boxes).
    furniture_starts: tuple[str, ...]
    furniture_ends: tuple[str, ...]
    #: Labels of metadata and contact lines ("source", "media relations"), folded: the
    #: ``labels`` and the ``contact_labels`` of ``[furniture]``.
    furniture_labels: frozenset[str]
    #: First words of a transcript's untitled speaker labels ("question", "moderator").
    turn_labels: frozenset[str]
    #: A speaker's words for themselves and their hearers ("we", "you"), folded.
    speaker_words: frozenset[str]
    #: Labels of a line that says when the page was issued ("posted on"), folded.
    date_labels: frozenset[str]
    #: Of the furniture labels, those after which contact lines follow.
    contact_labels: frozenset[str]
    #: Labels of a writer's line ("writer", "written by"), folded: a byline, never a heading.
    byline_labels: frozenset[str]
    #: Head nouns of a press office's name on a line of its own ("office", "ministry").
    institution_heads: tuple[str, ...]
    #: Labels before a breadcrumb on its line ("you are here"), folded.
    crumb_labels: frozenset[str]
    #: Furniture lines after which other stories' headlines are listed.
    list_markers: frozenset[str]
    #: Beginnings of short furniture lines after which headlines are listed ("more from "), folded.
    list_starts: tuple[str, ...]
    #: Labels over a story's points in brief under its headline ("summary"), folded.
    brief_labels: frozenset[str]
    #: Sites a page asks its readers to follow it on ("whatsapp", "google news"), folded.
    social_sites: tuple[str, ...]
    #: Legal forms ending a copyright holder's name ("ltd", "dac"), folded, no final dot.
    legal_forms: frozenset[str]
    #: Last words of a publishing company's name ("group", "media"), folded.
    publisher_heads: frozenset[str]
    #: Words before "meeting of ..." that belong to the meeting's name ("informal").
    meeting_modifiers: frozenset[str]
    standing_bodies: frozenset[str]
    #: Head nouns of a body's name ("commission", "bank"), lower case.
    body_heads: frozenset[str]
    #: Head nouns that carry a known body's name on into a longer one ("Joint Staff Department").
    name_heads: frozenset[str]
    #: Nouns a duration adjective qualifies as the summit's ("two-day summit").
    duration_nouns: frozenset[str]
    #: Venues by the city they stand in (exact case): "White House" -> "Washington".
    venues: dict[str, str]
    #: The cue words of each family of patterns (``[cues]``), in order.
    cue_families: tuple[CueFamily, ...]

    def institution_word(self, word: str) -> bool:
        """Whether ``word`` names a body or a portfolio: listed, or capitalised with an ending."""
        return word in self.institution_words or (
            word[:1].isupper() and word.isalpha() and word.endswith(self.institution_endings)
        )


def fold_line(line: str) -> str:
    """A line as furniture phrases are compared: lower case, white space folded, no final ':.'."""
    return " ".join(key_of(line).split()).rstrip(":.").rstrip()


def _months(lines: list[str]) -> dict[str, int]:
    """Month names to numbers from lines of twelve names, with their forms without accents."""
    out: dict[str, int] = {}
    for line in lines:
        names = line.split()
        if len(names) != _YEAR_MONTHS:
            msg = f"lexicon.toml: dates.months: {line!r} does not name twelve months"
            raise DataError(msg)
        for n, name in enumerate(names, 1):
            bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            for form in (name.lower(), bare.lower()):
                out.setdefault(form, n)
    return out


_YEAR_MONTHS: Final = 12


def _get(data: dict[str, Any], *path: str) -> Any:
    node: Any = data
    for part in path:
        if not isinstance(node, dict) or part not in node:
            raise DataError(f"lexicon.toml: missing key {'.'.join(path)!r}")
        node = node[part]
    return node


@functools.cache
def lexicon() -> Lexicon:
    """The built-in lexicon (loaded once)."""
    raw = resources.files("summitdoc.parsers").joinpath("data/lexicon.toml").read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise DataError(f"lexicon.toml: {e}") from e
    numbers = _get(data, "statements", "numbers")
    return Lexicon(
        particles=_words(_get(data, "names", "particles")),
        suffixes=frozenset(_get(data, "names", "suffixes")),
        post_nominals=frozenset(_get(data, "names", "post_nominals")),
        not_names=frozenset(_get(data, "names", "not_names")),
        closing_surnames=frozenset(_get(data, "names", "closing_surnames")),
        surname_particles=frozenset(_get(data, "names", "surname_particles")),
        short_given=frozenset(_get(data, "names", "short_given")),
        place_heads=_words(_get(data, "names", "place_heads")),
        retired_marks=_words(_get(data, "names", "retired_marks")),
        subject_verbs=_words(_get(data, "names", "subject_verbs")),
        presence_leads=_phrases(_get(data, "names", "presence_leads")),
        institution_words=frozenset(_get(data, "institutions", "words")),
        institution_endings=tuple(_get(data, "institutions", "endings")),
        journalist_before=_words(_get(data, "names", "journalist_before")),
        journalist_after=tuple(
            tuple(key_of(w) for w in x.split()) for x in _get(data, "names", "journalist_after")
        ),
        journalist_nouns=_words(_get(data, "names", "journalist_nouns")),
        professions=_words(_get(data, "names", "professions")),
        profession_endings=tuple(_get(data, "names", "profession_endings")),
        foreign_months=_months(_get(data, "dates", "months")),
        thing_words=_words(_get(data, "names", "thing_words")),
        absent_after=_phrases(_get(data, "names", "absent_after")),
        absence_nouns=_words(_get(data, "names", "absence_nouns")),
        absent_fillers=_words(_get(data, "names", "absent_fillers")),
        absent_before=_phrases(_get(data, "names", "absent_before")),
        elsewhere_after=_phrases(_get(data, "names", "elsewhere_after")),
        elsewhere_owned=_words(_get(data, "names", "elsewhere_owned")),
        elsewhere_before=_phrases(_get(data, "names", "elsewhere_before")),
        stands_for=_phrases(_get(data, "names", "stands_for")),
        delegation_verbs=_phrases(_get(data, "names", "delegation_verbs")),
        delegation_nouns=_words(_get(data, "names", "delegation_nouns")),
        presence_cues=tuple(map(key_of, _get(data, "names", "presence_cues"))),
        opening_prepositions=_words(_get(data, "names", "opening_prepositions")),
        narrow=_words(_get(data, "formats", "narrow")),
        expanded=_words(_get(data, "formats", "expanded")),
        format_nouns=_words(_get(data, "formats", "nouns")),
        settings={k: tuple(v) for k, v in _get(data, "settings").items()},
        speech_verbs=tuple(_get(data, "speech", "verbs_with_that")),
        press_phrases=tuple(_get(data, "speech", "press_phrases")),
        protagonist_roles=_words(_get(data, "speech", "protagonist_roles")),
        decision_heads={k: tuple(v) for k, v in _get(data, "decisions", "heads").items()},
        decision_cues={
            k: tuple(v) for k, v in _get(data, "decisions").items() if isinstance(v, list)
        },
        statement_numbers={w: i + 1 for i, w in enumerate(numbers)},
        point_verbs=_words(_get(data, "statements", "point_verbs")),
        site_offices=tuple(_get(data, "site", "offices")),
        statement_asides=tuple(_get(data, "statements", "asides")),
        meeting_agreed=tuple(_get(data, "meetings", "agreed")),
        meeting_topics=tuple(_get(data, "meetings", "topics")),
        meeting_cues={k: tuple(v) for k, v in _get(data, "meetings").items()},
        title_modifiers=_words(_get(data, "titles", "modifiers"))
        | _words(_get(data, "titles", "portfolios")),
        rank_modifiers=_words(_get(data, "titles", "modifiers")),
        another_office=_words(_get(data, "titles", "another_office")),
        lower_modifiers=_words(_get(data, "titles", "lower_modifiers")),
        leader_nouns=_words(_get(data, "titles", "leader_nouns")),
        office_holders=_words(_get(data, "titles", "office_holders")),
        short_titles={
            a.strip(): t.strip()
            for a, _, t in (x.partition(": ") for x in _get(data, "titles", "short"))
        },
        event_prepositions=_words(_get(data, "titles", "event_prepositions")),
        object_verbs=_words(_get(data, "statements", "object_verbs")),
        statement_modifiers=tuple(map(key_of, _get(data, "statements", "modifiers"))),
        statement_documents=tuple(map(key_of, _get(data, "statements", "documents"))),
        statement_outcome_cues=tuple(map(key_of, _get(data, "statements", "outcome_cues"))),
        statement_end_verbs=tuple(map(key_of, _get(data, "statements", "end_verbs"))),
        statement_source_cues=tuple(map(key_of, _get(data, "statements", "source_cues"))),
        statement_source_verbs=tuple(map(key_of, _get(data, "statements", "source_verbs"))),
        not_participles=_words(_get(data, "statements", "not_participles")),
        naming_words=_words(_get(data, "quotes", "naming_words")),
        title_words=_words(_get(data, "quotes", "title_words")),
        clause_openers=_words(_get(data, "quotes", "clause_openers")),
        address_abbreviations=frozenset(_get(data, "names", "address_abbreviations")),
        address_title_kinds=frozenset(_get(data, "names", "address_title_kinds")),
        phrase_followers=_words(_get(data, "quotes", "phrase_followers")),
        speech_modifiers=_words(_get(data, "quotes", "speech_modifiers")),
        furniture_lines=frozenset(map(fold_line, _get(data, "furniture", "lines"))),
        # Beginnings keep their final ":" ("topics:" is a label, "Topics discussed" is not).
        furniture_starts=tuple(
            " ".join(key_of(x).split()) for x in _get(data, "furniture", "starts")
        ),
        furniture_ends=tuple(map(fold_line, _get(data, "furniture", "ends"))),
        furniture_labels=frozenset(map(fold_line, _get(data, "furniture", "labels")))
        | frozenset(map(fold_line, _get(data, "furniture", "contact_labels"))),
        date_labels=frozenset(map(fold_line, _get(data, "furniture", "date_labels"))),
        turn_labels=frozenset(_get(data, "speech", "turn_labels")),
        speaker_words=_words(_get(data, "speech", "speaker_words")),
        contact_labels=frozenset(map(fold_line, _get(data, "furniture", "contact_labels"))),
        byline_labels=frozenset(map(fold_line, _get(data, "furniture", "byline_labels"))),
        institution_heads=tuple(map(fold_line, _get(data, "furniture", "institution_heads"))),
        crumb_labels=frozenset(map(fold_line, _get(data, "furniture", "crumb_labels"))),
        list_markers=frozenset(map(fold_line, _get(data, "furniture", "list_markers"))),
        list_starts=tuple(
            " ".join(key_of(x).split()) + " " for x in _get(data, "furniture", "list_starts")
        ),
        brief_labels=frozenset(map(fold_line, _get(data, "furniture", "brief_labels"))),
        # Longest first, so "google news" is tried before a shorter name it starts with.
        social_sites=tuple(
            sorted(map(fold_line, _get(data, "furniture", "social_sites")), key=len, reverse=True)
        ),
        legal_forms=frozenset(map(fold_line, _get(data, "furniture", "legal_forms"))),
        publisher_heads=frozenset(map(fold_line, _get(data, "furniture", "publisher_heads"))),
        meeting_modifiers=_words(_get(data, "metadata", "meeting_modifiers")),
        standing_bodies=_words(_get(data, "metadata", "standing_bodies")),
        body_heads=_words(_get(data, "institutions", "body_heads")),
        name_heads=_words(_get(data, "institutions", "name_heads")),
        duration_nouns=_words(_get(data, "metadata", "duration_nouns")),
        venues=dict(_get(data, "metadata", "venues")),
        cue_families=_cue_families(data),
    )


# A cue word as a token holds it: letters, hyphenated ones too ("re-elected" is one token).
_LOWER_WORD: Final = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _cue_words(data: dict[str, Any], where: str, words: object) -> tuple[str, ...]:
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataError(f"lexicon.toml: {where} must be an array of strings")
    out: list[str] = []
    for word in words:
        if word.startswith("@"):
            phrases = _get(data, *word[1:].split("."))
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise DataError(f"lexicon.toml: {where}: {word} is not an array of strings")
            for phrase in phrases:
                plain = [w for w in phrase.split() if _LOWER_WORD.fullmatch(w.lower())]
                if not plain:
                    msg = (
                        f"lexicon.toml: {where}: {word} holds {phrase!r}, with no word to look for"
                    )
                    raise DataError(msg)
                out.append(key_of(max(plain, key=len)))
        elif _LOWER_WORD.fullmatch(word):
            out.append(word)
        else:
            raise DataError(f"lexicon.toml: {where}: {word!r} is not a lower-case word")
    return tuple(dict.fromkeys(out))


def _cue_families(data: dict[str, Any]) -> tuple[CueFamily, ...]:
    """``[cues]``: one table a stage, one inline table a family, checked."""
    families: list[CueFamily] = []
    for stage, table in _get(data, "cues").items():
        if not isinstance(table, dict):
            raise DataError(f"lexicon.toml: cues.{stage} must be a table of families")
        for name, spec in table.items():
            where = f"cues.{stage}.{name}"
            if not isinstance(spec, dict) or not spec or set(spec) - {"starts", "contains"}:
                msg = f"lexicon.toml: {where} must be a table of 'starts' and/or 'contains'"
                raise DataError(msg)
            families.append(
                CueFamily(
                    f"{stage}.{name}",
                    starts=_cue_words(data, f"{where}.starts", spec.get("starts", [])),
                    contains=_cue_words(data, f"{where}.contains", spec.get("contains", [])),
                )
            )
    return tuple(families)


@functools.cache
def cue_table() -> CueTable:
    """The cue families of the built-in lexicon, a bit each (built once)."""
    return CueTable(lexicon().cue_families)


def _entries(kb: Knowledge) -> Iterator[tuple[str, str, Any]]:
    for c in kb.countries:
        for name in c.names():
            yield name, "country", c
        for d in c.demonyms:
            yield d, "demonym", c
        for city in (c.capital, *c.capitals_former, *c.cities):
            if city:
                yield city, "city", c
    for o in kb.organisations:
        for name in (o.name, *o.spellings, *o.aliases):
            yield name, "org", o
        for a in o.acronyms:
            yield a, "acronym", o
        for body in o.bodies:
            yield body, "body", o
    for t in kb.titles:
        for name in (t.title, *t.variants):
            yield name, "title", t
    for r in kb.role_nouns:
        yield r, "role_noun", r
    for h in kb.honorifics:
        yield h, "honorific", h
    for v in kb.verbs:
        for form in (v.phrase, *v.forms):
            yield form, "verb", v
    for d in kb.document_nouns:
        yield d, "document", d
    # Outlets are not scanned for: "President of Russia" names the Kremlin's website as well as
    # a title, and credits are looked up where they stand (captions) instead.


_CACHE: dict[int, tuple[Knowledge, Gazetteer]] = {}


def gazetteer_for(kb: Knowledge) -> Gazetteer:
    """The gazetteer of a knowledge base (built on first use, then cached)."""
    hit = _CACHE.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    gaz = Gazetteer(_entries(kb))
    _CACHE[id(kb)] = (kb, gaz)
    return gaz
