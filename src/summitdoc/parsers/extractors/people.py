"""Participants: people named with a title of office, in lists, or by name alone.

The finder works on the gazetteer hits: a title of office (or a role noun such as "counterpart")
anchors a phrase that may carry modifiers on the left ("Kazakhstan President", "Russian First
Deputy Prime Minister", "Japan’s Prime Minister"), complements on the right ("of the Republic of
Armenia", "of the CIS Executive Committee", "for Climate"), and ends in a personal name. A name
may also stand in apposition ("Emmanuel Macron, President of France"; "The President of Belarus,
Aleksandr Lukashenko,"). A title phrase with no name is a role description; resolution maps it to
a person later.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from array import array
from typing import TYPE_CHECKING, Any, Final

from attrs import define, field

from .._document import HEAD_KINDS, BlockKind, Description, Document, Person
from ..mentions.gazetteer import tokenise
from ..mentions.lexicon import Lexicon, lexicon
from ._text import summit_year

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ...knowledge import Knowledge
    from ..mentions.gazetteer import Hit, Tokens

__all__ = [
    "NOT_BEFORE_NAMES",
    "PATRONYMIC",
    "Description",
    "PeopleFinder",
    "add_alias",
    "beside_country",
    "find_people",
]

#: A patronymic after a first name ("Shavkat Miromonovich") is a way of addressing someone.
PATRONYMIC: Final = re.compile(
    r"[A-Z][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna|oglu|ogly|uly|kyzy|qizi)\b"
)
#: A body's letters: "ICPDR", "SADC".
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
_CONNECTORS: Final = frozenset({"of", "for", "to", "in", "on", "at"})
#: Words after which a lower-case office is a verb: "who will chair the bloc".
_MODALS: Final = frozenset({"will", "would", "shall", "should", "can", "could", "may", "must"})
#: A portfolio of several words ("Minister of Economy, Trade and Industry"): at most this many
#: items, each of at most this many words, and never a title, a country or a form of address.
_PORTFOLIO_ITEMS: Final = 5
_PORTFOLIO_WORDS: Final = 10
_NOT_PORTFOLIO: Final = frozenset({"title", "honorific", "country", "demonym", "role_noun"})
_ADDRESS: Final = frozenset({"honorific"})
_TITLES: Final = frozenset({"title"})
#: Words that open the reason someone stood in for another ("..., as President X was away").
_REASONS: Final = frozenset({"as", "because", "since", "while"})
#: How many words a name's predicate may run before "but" and an absence.
_BUT_REACH: Final = 10
#: Auxiliaries opening a predicate that tells of no part taken ("was invited", "had planned").
_IDLE_AUXILIARIES: Final = frozenset({"was", "were", "had", "is"})
#: Where the name's own predicate ends: a "but" after these belongs to another clause.
_CLAUSE_MARKS: Final = frozenset({",", ".", ";", ":", "and", "who", "which", "said"})
_APOSTROPHES: Final = frozenset({"'", "’"})
#: Words after which a capitalised name is a thing's or a place's: an article, most prepositions.
NOT_BEFORE_NAMES: Final = frozenset({"the", "a", "an", "of", "on", "in", "for", "at", "into"})
#: How many capitalised words that are no name's may open a thing's name before the words read
#: as one ("the Great Limpopo Transfrontier Park").
_THING_LEAD: Final = 3
#: How far back, in tokens, a list of names may reach to the phrase that leads it.
_LIST_REACH: Final = 40
#: Lower-case tokens a list of names and titles may hold between its items and inside titles.
_LIST_JOINS: Final = frozenset({",", "and", "of", "the", "for", "&", "-"})


@functools.lru_cache(maxsize=4)
def _state_words(kb: Knowledge) -> frozenset[str]:
    """Words of countries' formal names ("Republic", "Kingdom", "Kyrgyz"), from the data.

    A complement made of these and a country ("of the Republic of Kazakhstan") names the country
    alone, not an organisation.
    """
    words = {"the", "of", "'", "s"}
    for c in kb.countries:
        words.update(tokenise(c.official).keys)
    return frozenset(words)


@functools.lru_cache(maxsize=4)
def _verb_words(kb: Knowledge) -> frozenset[str]:
    """Every form of a reporting or taking-part verb: no portfolio word ("Kenya's X Praises")."""
    return kb.verb_forms() | lexicon().subject_verbs


@functools.lru_cache(maxsize=4)
def _present_verbs(kb: Knowledge) -> frozenset[str]:
    """Present-tense verbs ("meets", "urges", "holds"): they end a name, never belong to it.

    In a title-case headline, "President X Meets Y" names X.
    """
    return frozenset(w for w in _verb_words(kb) if w.endswith("s") and " " not in w and len(w) > 3)


@functools.lru_cache(maxsize=4)
def _one_word_verbs(kb: Knowledge) -> frozenset[str]:
    """Reporting verbs of one word ("said", "told"), built once per knowledge base."""
    return frozenset(v for v in kb.verb_forms() if " " not in v)


_DETERMINERS: Final = frozenset({"the", "his", "her", "their", "its", "our"})
#: The most words of a portfolio an owner may stand before ("Agriculture and Cooperatives").
_OWNED_PORTFOLIO_WORDS: Final = 4
#: A Roman number of two letters or more ("XXV", "LXXXII"), in capitals.
_ROMAN: Final = re.compile(
    r"(?=[MDCLXVI]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)
#: Endings of abstract nouns, which end the names of things and of no person.
_ABSTRACT_ENDINGS: Final = ("ness", "tion", "sion", "ship", "ism", "ity")
#: Of those, the endings that are no surname's either ("Harkness", "Worship" are).
_THING_ENDINGS: Final = tuple(e for e in _ABSTRACT_ENDINGS if e not in ("ness", "ship"))
_OPEN_MARKS: Final = frozenset({'"', "“", "‘", "'", "«"})
_CLOSE_MARKS: Final = frozenset({'"', "”", "’", "'", "»"})
#: Where a sentence (or a clause opening one) starts: the token before is one of these.
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ":", ";", '"', "“", "”"})
#: The shortest clause-opening participle ("Praising"); shorter "-ing" words are given names.
_PARTICIPLE_MIN: Final = 6
#: Kinds of hit that belong to a title phrase rather than to a name.
_PHRASE_KINDS: Final = (
    "title",
    "role_noun",
    "country",
    "demonym",
    "org",
    "acronym",
    "body",
    "city",
)


#: Capitalised articles that are also given names or surnames ("Sok An", "Nguyen Van An").
_ARTICLE_NAMES: Final = frozenset({"An"})
#: Conjunctions that are also given names, read as names between name words: "Nor" (Malay).
_CONJUNCTION_NAMES: Final = frozenset({"Nor"})
#: Words after a name that no article goes with: "Sok An of Cambodia", "Sok An said".
_AFTER_A_NAME: Final = frozenset(
    {"of", "and", "or", "said", "says", "told", "who", "was", "is", "has", "had", "will", "s"}
)
#: Words before a profession that describe it ("senior research fellow", "Horn of Africa").
_PROFESSION_MODIFIERS: Final = 4
#: Words that end that run: articles, pronouns, verbs and conjunctions of the sentence.
_NOT_MODIFIERS: Final = frozenset(
    {
        "a",
        "an",
        "the",
        "who",
        "which",
        "that",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "and",
        "or",
        "but",
        "not",
        "also",
        "as",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "one",
        "another",
        "said",
        "says",
        "told",
        "by",
        "with",
        "to",
        "for",
        "from",
        "in",
        "on",
        "at",
    }
)
#: What may follow a profession in apposition, and what ends its description.
_DESCRIPTION_PREPOSITIONS: Final = frozenset({"at", "of", "with", "in", "for", "from", "on"})
_DESCRIPTION_ENDS: Final = frozenset(
    {",", ".", ";", ")", "who", "whose", "which", "said", "says", "told", "—", "–"}
)
_DESCRIPTION_TOKENS: Final = 16
#: Words besides a sentence's start after which a name described in apposition may stand:
#: "..., Ana Ruiz, director of ...", "For Ana Ruiz, a researcher at X, the deal was ...",
#: "according to Ana Ruiz, an economist".
_NAME_OPENERS: Final = frozenset({",", "For", "for", "to"})
_PARTICLES_MAX: Final = 3
#: Tokens an apposition or relative clause between commas may take ("X, who ..., did not").
_APPOSITION_TOKENS: Final = 25
#: Head nouns of a body's own organs: "the MSG Secretariat" and "the CEMAC Commission" are the
#: MSG's and CEMAC's.
_OWN_ORGANS: Final = frozenset({"secretariat", "commission"})
# The cues of the side a sentence's list speaks for (see PeopleFinder._side).
_REPRESENTING: Final = re.compile(
    r"\b(?:Representing|representing|On\s+behalf\s+of|on\s+behalf\s+of)\s+"
    r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
_FULL_STOPS: Final = frozenset({".", "!", "?"})
#: "accompanied by" (members after it), "who accompanied" (members before it), "accompanying
#: X were" (members after the verb).
_ACCOMPANYING: Final = re.compile(
    r"\b(?:(?P<by>accompanied\s+by)|(?P<who>who\s+(?:had\s+)?accompanied)|[Aa]ccompanying)\b"
)
_BE_PLURAL: Final = re.compile(r"\b(?:were|was|are|is|included)\b")

_JOINERS: Final = frozenset({"and", "or"})


class _Phrases:
    """Phrases of token keys ("present were", "was part of"), each length looked up once.

    A text's words are not compared with every phrase, and a token no phrase ends with is
    passed at once.
    """

    __slots__ = ("_last", "_lengths", "_set")

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self._set = frozenset(phrases)
        #: Longest first: where two phrases start alike, the longer is the one found.
        self._lengths = sorted({len(p) for p in self._set}, reverse=True)
        self._last = frozenset(p[-1] for p in self._set)

    def at(self, keys: Sequence[str], i: int, end: int) -> int:
        """The length of the phrase starting at token ``i`` and ending by ``end``, or 0."""
        return next(
            (n for n in self._lengths if i + n <= end and tuple(keys[i : i + n]) in self._set), 0
        )

    def before(self, keys: Sequence[str], k: int, start: int) -> bool:
        """Whether a phrase starting at ``start`` or later ends right before token ``k``."""
        if k <= start or keys[k - 1] not in self._last:
            return False
        return any(k - n >= start and tuple(keys[k - n : k]) in self._set for n in self._lengths)


class _TokenHits:
    """The gazetteer hit at each token: an array of hit numbers, not a dict of int objects.

    With ``first_only`` a hit is found at its first token only ("the hit starting at i"),
    otherwise at each of its tokens ("the hit i is in"). ``get`` is a dict's ``get``: None for
    a token without a hit, or outside the text; ``in`` and ``[]`` are a dict's too.
    """

    __slots__ = ("hits", "numbers")

    def __init__(self, hits: list[Hit], count: int, *, first_only: bool) -> None:
        #: The hits, and for each token the number of its hit or -1: read directly by the
        #: per-token loop of :meth:`PeopleFinder._scan`, where a method call a token shows.
        self.hits = hits
        self.numbers = array("i", [-1]) * count
        for n, h in enumerate(hits):
            # A slice assignment fills the hit's tokens in C.
            j = h.i + 1 if first_only else h.j
            self.numbers[h.i : j] = array("i", [n]) * (j - h.i)

    def get(self, i: int) -> Hit | None:
        if 0 <= i < len(self.numbers):
            n = self.numbers[i]
            if n >= 0:
                return self.hits[n]
        return None

    def __contains__(self, i: int) -> bool:
        return self.get(i) is not None

    def __getitem__(self, i: int) -> Hit:
        h = self.get(i)
        if h is None:
            raise KeyError(i)
        return h


#: The prepositions that carry a title past its office word, and how far it may run.
_TITLE_PREPOSITIONS: Final = frozenset({"for", "with", "to", "on"})
_TITLE_TAIL: Final = 10


@define(eq=False)
class _Phrase:
    k: int  # first token (determiner excluded)
    j: int  # end of the title part
    det: int | None = None  # token index of a leading determiner
    country: Any = None
    org: Any = None
    title_kind: str | None = None
    role_tokens: list[tuple[int, int]] = field(factory=list)
    role_noun: bool = False
    #: The title names a place the knowledge lacks ("Premier of Montserrat"): no list's country.
    own_place: bool = False
    #: The countries an ambiguous demonym before the title may mean ("the Korean leader").
    countries: tuple[str, ...] = ()


#: At most this many words in an office before a rank ("Chief of the General Staff").
_OFFICE_WORDS: Final = 8
#: Lower-case words of a portfolio before a lower-case title: "energy transition minister".
_LOWER_PORTFOLIO_WORDS: Final = 3


class PeopleFinder:
    """Finds people and role descriptions in a document's blocks."""

    def __init__(self, doc: Document, lex: Lexicon | None = None) -> None:
        """Prepare lookups over the document's tokens and hits."""
        if doc.tokens is None:
            msg = "the mentions stage must run before people are found"
            raise RuntimeError(msg)
        self.doc = doc
        self.toks: Tokens = doc.tokens
        self.lex = lex or lexicon()
        self.hit_at = _TokenHits(doc.hits, len(self.toks), first_only=True)
        self.in_hit = _TokenHits(doc.hits, len(self.toks), first_only=False)
        self.descriptions: list[Description] = []
        self.by_key: dict[str, Person] = {}
        #: Every part of every name (surnames, given names) to the people who bear it.
        self.by_part: dict[str, list[Person]] = {}
        #: The last two or more words of every full name to the people who bear them.
        self.by_tail: dict[str, list[Person]] = {}
        #: The first two or more words of every full name of three or more to their bearers.
        self.by_head: dict[str, list[Person]] = {}
        self._namey = self._name_words()
        self._verb_words = _verb_words(self.doc.knowledge)
        #: Pairs of adjacent words the report writes in lower case: "the capital increase" makes
        #: "General Capital Increase" no general's name.
        words = self.toks.words
        self._lower_pairs = {
            (a, b) for a, b in itertools.pairwise(words) if a[:1].islower() and b[:1].islower()
        }
        #: Acronyms the report sets in brackets after a body's name ("... Symposium (IONS)").
        self._glossed = frozenset(
            b
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
            if a == "(" and c == ")" and len(b) > 1 and b.isupper()
        )
        #: Head nouns that make a name a place's or a body's ("... Grand Mosque", "... Centre").
        self._place_heads = self.lex.body_heads | self.lex.place_heads
        #: The phrases saying someone is absent after a name or before one, that people take
        #: part before one, that a person led or joined a delegation after one, and that a
        #: mention tells of the person elsewhere before or after one.
        self._absent = _Phrases(self.lex.absent_after)
        self._absent_lead = _Phrases(self.lex.absent_before)
        self._presence = _Phrases(self.lex.presence_leads)
        self._delegation_verbs = _Phrases(self.lex.delegation_verbs)
        self._elsewhere_lead = _Phrases(self.lex.elsewhere_before)
        self._elsewhere = _Phrases(self.lex.elsewhere_after)
        #: The words an abbreviated title can start with: its keys, and those of the keys that
        #: end in a full stop without it ("Pres" of "Pres."), a token of their own.
        self._short_heads = self.lex.short_titles.keys() | {
            t.removesuffix(".") for t in self.lex.short_titles
        }
        #: The report's words that name a profession: listed, or by their ending ("biologist").
        self._professions = self.lex.professions | {
            k
            for k in set(self.toks.keys)
            if k.endswith(self.lex.profession_endings) and k not in self.lex.journalist_nouns
        }
        self._acts = self._acting_tokens()
        #: Reporting verbs of one word ("said", "told"): a name may follow one directly.
        self._said = _one_word_verbs(doc.knowledge)
        #: While set, names without a title attach to people already found, adding none.
        self._known_only = False
        #: The words of the report outside its headline (set before the headline is read).
        self._body_words: set[str] = set()
        #: People the text says are absent ("stayed home"): mentioned, not taking part.
        self.absent: list[Person] = []
        #: Where the names end that a title and a comma before them describe ("the Governor, Mr X").
        self._titled_ends: set[int] = set()
        # Ends of names a title stands right before ("the Peruvian President A").
        self._pretitled_ends: set[int] = set()

    # -- token classes ---------------------------------------------------------------------

    def _phrase_hit(self, i: int) -> Hit | None:
        h = self.hit_at.get(i)
        if h is not None and any(h.has(k) for k in _PHRASE_KINDS):
            return h
        return None

    def is_name_word(self, i: int, end: int) -> bool:
        """Whether token ``i`` can be part of a personal name."""
        return i < end and bool(self._namey[i])

    def _name_words(self) -> bytearray:
        """For every token once: can it be part of a personal name?"""
        # An abbreviated title ("PM") starts a title phrase, not a name.
        # A resolution's verb in capitals ("1. ELECTS H.E. X") opens no name either.
        stop = (
            self.lex.not_names
            | self.lex.short_titles.keys()
            | set(self.lex.decision_cues["operative_verbs"])
        )
        kinds = tuple(k for k in _PHRASE_KINDS if k != "city")
        verbs = _present_verbs(self.doc.knowledge)
        words, keys = self.toks.words, self.toks.keys
        numbers, hits = self.in_hit.numbers, self.in_hit.hits
        out = bytearray(len(self.toks))  # one byte a token, not a list of bools
        # Most tokens are lower case: decided by their first letter, in one comprehension,
        # before any lookup (a token is never empty: the tokeniser matches one or more).
        capitals = map(str.isupper, map(operator.itemgetter(0), words))
        for i in itertools.compress(range(len(words)), capitals):
            # In a label's capitals ("PRESIDENT OF THE REPUBLIC:") the words as in a sentence.
            # Words of bodies and portfolios, listed or by ending ("Emigration"), too.
            folded = words[i].capitalize()
            upper = (
                len(words[i]) > 1
                and words[i].isupper()
                and (folded in stop or self.lex.institution_word(folded))
            )
            if upper or words[i] in stop or keys[i] in verbs or self.lex.institution_word(words[i]):
                if words[i] in _ARTICLE_NAMES and i and out[i - 1] and not self._opens_phrase(i):
                    out[i] = 1  # "President Sok An of Cambodia": an article opens a noun phrase
                elif words[i] in _CONJUNCTION_NAMES and self._given_name_at(i, out, stop):
                    out[i] = 1  # "Datuk Seri Nor Azlina": a conjunction opens no clause here
                continue
            n = numbers[i]
            out[i] = n < 0 or not (
                any(hits[n].has(k) for k in kinds)
                # A plural form of address opens no name ("Their Excellencies Sheikhs and ...").
                or (hits[n].has("honorific") and keys[hits[n].i] == "their")
            )
        return out

    def _given_name_at(self, i: int, out: bytearray, stop: frozenset[str] | set[str]) -> bool:
        """Whether a conjunction at ``i`` ("Nor") is a given name.

        After a name word, a title or an honorific and before a capitalised word that may be a
        name: "Tan Sri Nor Hisham", "Siti Nor Aini"; not "Nor did the ministers".
        """
        words = self.toks.words
        if i == 0 or i + 1 >= len(words):
            return False
        nxt = words[i + 1]
        if not nxt[:1].isupper() or nxt in stop or self.in_hit.get(i + 1) is not None:
            return False
        if out[i - 1]:
            return True
        h = self.in_hit.get(i - 1)
        return h is not None and h.j == i and (h.has("honorific") or h.has("title"))

    def _opens_phrase(self, i: int) -> bool:
        """Whether token ``i`` is followed by a word an article could go with: "An Accord".

        Not punctuation, a verb or a function word: "Sok An of Cambodia", "Sok An said".
        """
        words = self.toks.words
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return nxt[:1].isalpha() and nxt not in _AFTER_A_NAME

    def _acting_tokens(self) -> bytearray:
        """For every token once: can the loop of :meth:`_scan` do anything at it?

        It acts at an abbreviated title, a title or role noun, the first word of a run of name
        words and a full stop; everywhere else it steps on, so it jumps to the next of these.
        """
        words, heads = self.toks.words, self._short_heads
        acts = bytearray(len(words))
        stops = {".", *heads}
        for i in itertools.compress(range(len(words)), map(stops.__contains__, words)):
            acts[i] = 1
        for h in self.hit_at.hits:
            if h.has("title") or h.has("role_noun"):
                acts[h.i] = 1
        for i in itertools.compress(
            range(len(words)), map(self._professions.__contains__, self.toks.keys)
        ):
            acts[i] = 1
        # The first token of each run of name words, found in C.
        for m in re.finditer(rb"\x01+", self._namey):
            acts[m.start()] = 1
        return acts

    def _particle_word(self, i: int, end: int) -> bool:
        """A particle joined to a surname by a hyphen: "al-Assad", "el-Tayeb", "bin-Salman"."""
        if i >= end:
            return False
        head, dash, rest = self.toks.words[i].partition("-")
        return bool(dash) and head in self.lex.particles and rest[:1].isupper()

    def is_initial(self, i: int, end: int) -> bool:
        """Token ``i`` is an initial followed by a full stop.

        One capital letter ("V. Putin"), or a capital and a small letter written onto the next
        word ("Ts.Baasanjav", "Kh.Batjargal": Mongolian patronymic initials).
        """
        toks = self.toks
        w = toks.words[i] if i + 1 < end else ""
        if not w or toks.words[i + 1] != "." or not w[0].isupper():
            return False
        if len(w) == 1:
            return True
        return (
            len(w) == 2
            and w[1].islower()
            and i + 2 < end
            and toks.ends[i + 1] == toks.starts[i + 2]
            and toks.words[i + 2][:1].isupper()
        )

    def _initials_then_name(self, i: int, end: int) -> bool:
        """Tokens from ``i`` are one or more initials, then a name word ("J. K. Rowling")."""
        while self.is_initial(i, end):
            i += 2
        return i < end and self.is_name_word(i, end)

    def nickname_at(self, i: int, end: int) -> bool:
        """Tokens ``i..i+2`` are a quoted one-word nickname followed by a name word."""
        w = self.toks.words
        return (
            i + 3 < end
            and w[i] in _OPEN_MARKS
            and w[i + 2] in _CLOSE_MARKS
            and self.is_name_word(i + 1, end)
            and self.is_name_word(i + 3, end)
        )

    def name_run(self, i: int, end: int, *, after_title: bool = False) -> int:
        """The end of the personal name starting at token ``i`` (``i`` if none starts there).

        Right after a title a demonym may be a first name ("Trade Minister German Gref").
        """
        toks, lex = self.toks, self.lex
        n = i
        words = 0
        h = self.hit_at.get(i)
        if (
            after_title
            and h is not None
            and h.j == i + 1
            and (h.has("demonym") or h.has("country"))
            and self.is_name_word(i + 1, end)
        ):
            n, words = i + 1, 1
        while n < end:
            if self.is_initial(n, end) and (words or self._initials_then_name(n, end)):
                n += 2  # "Ana K. Ruiz", and "V. Putin", "L.Kiknadze" when a name word follows
                continue
            if (
                toks.words[n] in lex.short_given
                and n + 2 < end
                and toks.words[n + 1] == "."
                and self.is_name_word(n + 2, end)
            ):
                n += 2  # "Ma. Teresa Ocampo": a given name written short, and its stop
                words += 1
                continue
            if words and toks.words[n] in lex.post_nominals:
                break  # "Ana Ruiz MP": letters after a name are no part of it
            if words and toks.keys[n].endswith("s") and toks.keys[n] in lex.subject_verbs:
                break  # "President Kollie Departs for Freetown": a title-case headline's verb
            if self.is_name_word(n, end):
                n += 1
                words += 1
                continue
            if words and toks.keys[n] in lex.particles:
                # "van den Berg": one or more particles, then a name word.
                m = n
                while m < end and toks.keys[m] in lex.particles:
                    m += 1
                if m - n <= _PARTICLES_MAX and self.is_name_word(m, end):
                    n = m
                    continue
            if words and self._particle_word(n, end):
                n += 1  # "al-Assad", "el-Tayeb"
                words += 1
                continue
            if words and toks.words[n] in lex.surname_particles:
                # "Marlon St. Hill": the surname opens with a saint's abbreviation.
                m = n + 2 if n + 1 < end and toks.words[n + 1] == "." else n + 1
                if self.is_name_word(m, end):
                    n = m
                    continue
            if words and self.nickname_at(n, end):
                n += 3  # Susilo “Sus” Pranoto: a quoted nickname between name words
                continue
            if (
                words
                and toks.words[n] in lex.closing_surnames
                and not (n + 1 < end and toks.is_cap(n + 1))
            ):
                n += 1  # "Ellis Lake said", where "Lake Chad" would go on
                words += 1
            break
        # A trailing ", Jr." suffix.
        if n > i and n + 1 < end and toks.words[n] == "," and toks.words[n + 1] in lex.suffixes:
            n += 2
            if n < end and toks.words[n] == ".":
                n += 1
        if words == 0 or words > 5 or self._names_a_place(i, n, end):
            return i
        return n

    def _of_a_state(self, h: Hit, start: int) -> bool:
        """Whether a lower-case title is one state's: "the Peruvian deputy minister".

        A description of one person, as "the Peruvian minister" is, not a common noun.
        """
        k = h.i
        prev = self.in_hit.get(k - 1) if k > start else None
        if prev is None or prev.j != k or not (prev.has("demonym") or prev.has("country")):
            return False
        return prev.i > start and self.toks.keys[prev.i - 1] == "the"

    def _names_a_place(self, i: int, n: int, end: int) -> bool:
        """Whether the name words ``i`` to ``n`` open a place's or a body's name.

        "King Abdulaziz International Conference Center", "Sheikh Zayed Grand Mosque": a head
        noun among the words after the first, or capitalised right after them.
        """
        toks = self.toks
        if n < end and toks.is_cap(n) and toks.keys[n] in self._place_heads:
            return True
        return any(toks.keys[x] in self._place_heads for x in range(i + 1, n))

    # -- title phrases ---------------------------------------------------------------------

    def _title_phrase(self, h: Hit, start: int, end: int) -> _Phrase:
        toks = self.toks
        ph = _Phrase(k=h.i, j=h.j, title_kind=_kind_of(h), role_noun=not h.has("title"))
        ph.role_tokens.append((h.i, h.j))
        # Left modifiers: "Kazakhstan President", "Russian First Deputy", "Japan’s", "NATO".
        k = h.i
        lower_title = not toks.is_cap(h.i)
        while k > start:
            if k < h.i and (named := self._country_named_body(k, start)) is not None:
                # "Bangladesh Bank Governor", "Maldives Monetary Authority Governor": the
                # country opens the body's name, which the title keeps whole.
                ph.country = ph.country or named.get(
                    "country" if named.has("country") else "demonym"
                )
                ph.role_tokens.insert(0, (named.i, k))
                k = named.i
                continue
            prev = self.in_hit.get(k - 1)
            key = toks.keys[k - 1]
            if (
                prev is not None
                and prev.j == k
                and any(prev.has(x) for x in ("country", "demonym", "org", "acronym", "body"))
            ):
                if prev.has("country") or prev.has("demonym"):
                    ph.country = ph.country or (
                        prev.get("country") if prev.has("country") else prev.get("demonym")
                    )
                else:
                    ph.org = ph.org or _org(prev)
                    ph.role_tokens.insert(0, (prev.i, prev.j))
                k = prev.i
                continue
            word = toks.words[k - 1]
            if word in self.lex.address_abbreviations:
                break  # "HE President X": a form of address, not an agency's acronym
            if ph.country is None and not ph.countries and word[:1].isupper():
                # "the Korean leader": which Korea, the people of the report may tell.
                ph.countries = tuple(c.name for c in self.doc.knowledge.ambiguous_countries(word))
                if ph.countries:
                    k -= 1
                    continue
            lower_ok = (
                key in self.lex.lower_modifiers
                and k - 2 >= start
                and toks.keys[k - 2] in _DETERMINERS
            )
            if (
                (key in self.lex.title_modifiers and toks.is_cap(k - 1))
                or lower_ok
                or (self.lex.institution_word(word) and word[:1].isupper())
                # A lower-case title keeps its lower-case portfolio: "government spokesman".
                or (
                    lower_title
                    and word.islower()
                    and (
                        self.lex.institution_word(word.capitalize())
                        or key in self.lex.title_modifiers
                    )
                )
                # An agency's acronym the data does not know: "EPA Administrator".
                or _ACRONYM.fullmatch(word) is not None
            ):
                ph.role_tokens.insert(0, (k - 1, k))
                k -= 1
                continue
            if (
                key == "and"
                and k < h.i
                and k - 2 >= start
                and toks.is_cap(k - 2)
                and toks.keys[k - 2] in self.lex.title_modifiers
                and ph.role_tokens[0] == (k, k + 1)
            ):
                ph.role_tokens.insert(0, (k - 1, k))  # "Water and Sanitation Minister"
                k -= 1
                continue
            if key == "s" and (owner := self._owner_before(k, start)) is not None:
                if owner.has("country"):
                    ph.country = ph.country or owner.get("country")
                elif owner.has("org") or owner.has("acronym"):
                    ph.org = ph.org or _org(owner)
                k = owner.i
                continue
            if (
                prev is not None
                and prev.j == k
                and prev.has("title")
                and not _plural(toks.keys[prev.j - 1])
            ):
                ph.role_tokens.insert(0, (prev.i, prev.j))
                k = prev.i
                continue
            if (
                not lower_title
                and not ph.role_noun
                and (run := self._owned_portfolio(k, start)) is not None
            ):
                # "Thailand’s Agriculture and Cooperatives Minister": the owner before the
                # portfolio words says they are the title's, known or not.
                ph.role_tokens.insert(0, (run, k))
                k = run
                continue
            break
        if (
            k - 2 >= start
            and toks.keys[k - 1] == "the"
            and toks.keys[k - 2] in self.lex.event_prepositions
        ):
            # "At the Arctic Summit President X": the words after "at the" name where the
            # person is, not their office.
            while k < h.i and ph.role_tokens and ph.role_tokens[0] == (k, k + 1):
                word = toks.words[k]
                if (
                    k in self.in_hit
                    or not self.lex.institution_word(word)
                    or toks.keys[k] in self.lex.title_modifiers
                ):
                    break
                ph.role_tokens.pop(0)
                k += 1
        ph.k = k
        if k > start and toks.keys[k - 1] in _DETERMINERS:
            ph.det = k - 1
        # Right: further titles, complements "of the ...", and "and <title>".
        j = h.j
        while j < end:
            nh = self._phrase_hit(j)
            if self._address_title(nh, end):
                break  # "Amir Sheikh Nasser": the second title addresses the person named
            if (
                nh is not None
                and not nh.has("title")
                and _plural(toks.keys[nh.j - 1])
                and not _plural(toks.keys[j - 1])
            ):
                break  # "Prime Minister hosts X": one office is no plural's, so it is a verb
            if nh is not None and (nh.has("title") or nh.has("role_noun")):
                ph.role_tokens.append((nh.i, nh.j))
                if ph.role_noun and nh.has("title"):
                    ph.role_noun = False
                    ph.title_kind = _kind_of(nh)
                j = nh.j
                continue
            key = toks.keys[j]
            if key in _CONNECTORS and j + 1 < end:
                c = self._complement(j + 1, end)
                if c is None:
                    break
                cend, country, org = c
                if key == "to" or (key == "for" and ph.title_kind == "diplomat"):
                    # "Ambassador to Japan", "Envoy to the AU", "Special Envoy for Syria": where
                    # the office is posted or what it is for, never whose it is.
                    country = None
                if country is not None and ph.country is None and org is None:
                    ph.country = country
                    if key == "of" and toks.keys[cend - 1] in self.lex.delegation_nouns:
                        # "head of the Chinese delegation": an office, whose the demonym says.
                        ph.role_tokens.append((j, cend))
                        ph.role_noun, ph.title_kind = False, ph.title_kind or "diplomat"
                    elif (portfolio := self._portfolio_before_country(j + 1, cend)) is not None:
                        # "Minister of Minerals and Energy of Botswana": the office, then whose.
                        ph.role_tokens.append((j, portfolio))
                else:
                    if country is not None and ph.country is None:
                        ph.country = country
                    ph.org = ph.org or org
                    ph.role_tokens.append((j, cend))
                j = cend
                continue
            if key == "and" and j + 1 < end and self._title_soon(j + 1, end):
                ph.role_tokens.append((j, j + 1))
                j += 1
                # Modifiers and bodies before the next title ("and CIS Executive Secretary").
                while (j < end and self._phrase_hit(j) is None) or (
                    j < end
                    and self._phrase_hit(j) is not None
                    and not self._phrase_hit(j).has("title")  # type: ignore[union-attr]
                ):
                    hh = self._phrase_hit(j)
                    if hh is not None:
                        if hh.has("org") or hh.has("acronym") or hh.has("body"):
                            ph.org = ph.org or _org(hh)
                        ph.role_tokens.append((hh.i, hh.j))
                        j = hh.j
                    else:
                        ph.role_tokens.append((j, j + 1))
                        j += 1
                continue
            break
        ph.j = self._portfolio_list(ph, h.i, j, end)
        return ph

    def _portfolio_list(
        self, ph: _Phrase, i: int, j: int, end: int, *, named_before: bool = False
    ) -> int:
        """Where a title ends whose portfolio is a list or that a body's short name follows.

        "Minister of Economy, Trade and Industry, Mr X", "X, Minister for Europe and Foreign
        Affairs,", "Secretary General of the Alliance (NATO), X". A name must stand after the
        list, set off by a comma (``named_before``: the list must end the phrase): "the President
        of Palau, A and B, met" is two people, no portfolio.
        """
        toks = self.toks
        n = j
        if not any(toks.keys[x] in _CONNECTORS for x in range(i, j)):
            # "Minister for Ports, Shipping and ...": a first item the complement left alone, as
            # loose capitalised words may start a name.
            if j + 1 >= end or toks.keys[j] not in ("of", "for"):
                return j
            n = self._portfolio_item(j + 1, end)
            if n == j + 1 or toks.keys[n - 1] == "and" or n >= end or toks.words[n] != ",":
                return j
        paren = n + 2 < end and toks.words[n] == "(" and toks.words[n + 2] == ")"
        if paren:
            if _ACRONYM.fullmatch(toks.words[n + 1]) is None:
                return j
            n += 3  # "(NATO)": the body's short name, neither portfolio nor name
        conjoined = False
        role_end = n
        for _ in range(_PORTFOLIO_ITEMS):
            sep = toks.words[n] if n < end else ""
            if conjoined or paren:
                if named_before:
                    # "A, Minister of Finance and B, Minister of Trade": B is a person.
                    done = sep in ("", ",", ".", ";", ")") and not (
                        sep == "," and n + 1 < end and self._kinds(n + 1, _NOT_PORTFOLIO)
                    )
                else:
                    name = self._closing_name(n + 1, end) if sep == "," else None
                    # "..., X, President of Y": the title after the name is X's own.
                    done = name is not None and not (
                        name[1] + 1 < end
                        and self.toks.words[name[1]] == ","
                        and self._kinds(name[1] + 1, _TITLES)
                    )
                if done:
                    if conjoined:
                        ph.role_tokens.append((j, role_end))
                    return n
                if conjoined:
                    return j
            if sep == ",":
                m = n + 1
            elif sep == "and" and n == j:
                m = n  # "Minister for Europe and Foreign Affairs"
            else:
                return j
            run = self._portfolio_item(m, end)
            conjoined = conjoined or "and" in toks.keys[m:run]
            if (
                conjoined
                and not named_before
                and (named := self._named_item(m, run, end, listed=sep == ","))
            ):
                # "Minister of Trade, Industry and Energy Park Dong-kyu": the name closes the
                # last item with no comma before it.
                ph.role_tokens.append((j, named))
                return named
            if run == m or toks.keys[run - 1] == "and":
                return j
            role_end = run
            if run + 1 < end and toks.keys[run] == "of" and conjoined:
                # "..., International Business and Trade of Belize": the country closes it.
                oh = self._phrase_hit(run + 1)
                if oh is not None and oh.has("country"):
                    ph.country = ph.country or oh.get("country")
                    run = oh.j
            n = run
        return j

    def _portfolio_item(self, m: int, end: int) -> int:
        """The end of the portfolio item at ``m``: capitalised words and "and", no title."""
        toks = self.toks
        run = m
        while (
            run < end
            and run - m < _PORTFOLIO_WORDS
            and (toks.is_cap(run) or toks.keys[run] == "and")
            and not self._kinds(run, _NOT_PORTFOLIO)
        ):
            run += 1
        return run

    def _named_item(self, m: int, run: int, end: int, *, listed: bool = False) -> int:
        """Where a name starts inside the portfolio item ``m..run``, or 0.

        The item's portfolio ends on a word that names one ("Energy", "ICT"), and a name of two
        words or more closes the phrase after it. In the last item of a list set off by commas
        (``listed``) a plural noun names one too ("of Fisheries, Lagoons and Reefs X Y"); a
        lone "and" may join another person ("the Minister of Economy and Thomas Reyes").
        """
        toks = self.toks
        # Up to the item's end too: forms of address end it ("and Mines H E Dr. Ana Ruiz").
        for p in range(m + 1, run + 1):
            word = toks.words[p - 1]
            if (
                self.lex.institution_word(word)
                or _ACRONYM.fullmatch(word) is not None
                or (listed and p - 1 > m and _plural(toks.keys[p - 1]))
            ) and self._closing_name(p, end) is not None:
                return p
        return 0

    def _closing_name(self, i: int, end: int) -> tuple[int, int] | None:
        """The personal name of two words or more starting at ``i`` if it ends a phrase.

        Forms of address may stand before it ("the Hon.", "Mr") and letters after it ("MP"); the
        name then ends the phrase or is the subject of the verb after it.
        """
        toks = self.toks
        if i + 1 < end and toks.keys[i] == "the" and self._kinds(i + 1, _ADDRESS):
            i += 1
        at = self.after_honorifics(i)
        n = self.name_run(at, end)
        after = n + 1 if n < end and _ACRONYM.fullmatch(toks.words[n]) is not None else n
        if n - at >= 2 and (
            after >= end or toks.words[after] in (",", ".", ";", ")") or toks.words[after].islower()
        ):
            return (at, n)
        return None

    def _kinds(self, i: int, kinds: frozenset[str]) -> bool:
        h = self.in_hit.get(i)
        return h is not None and any(h.has(k) for k in kinds)

    def _title_soon(self, i: int, end: int) -> bool:
        for n in range(i, min(end, i + 4)):
            h = self.hit_at.get(n)
            if h is not None and h.has("title"):
                return True
            if not self.toks.is_cap(n):
                return False
        return False

    def _country_named_body(self, k: int, start: int) -> Hit | None:
        """The country opening a body's name that ends at the head noun at ``k``, or None.

        "Nepal Rastra Bank", "Russian Direct Investment Fund" before a title: a country or its
        adjective, up to two capitalised words, and a head noun of a body's name ("Bank",
        "Authority"); not a portfolio ("Ghana Defence").
        """
        toks = self.toks
        if (
            k in self.in_hit
            or toks.keys[k] not in self.lex.body_heads
            or not toks.is_cap(k)
            # "Danish Development Cooperation Minister": an abstract head is as often a
            # portfolio as a body.
            or toks.keys[k] in self.lex.title_modifiers
        ):
            return None
        r = k
        while r > start and k - r < 2 and toks.is_cap(r - 1) and r - 1 not in self.in_hit:
            r -= 1
        c = self.in_hit.get(r - 1) if r > start else None
        if c is None or c.j != r or not (c.has("country") or c.has("demonym")):
            return None
        return c

    def _owned_portfolio(self, k: int, start: int) -> int | None:
        """Where capitalised portfolio words before token ``k`` start, after an owner, or None.

        "Thailand’s Agriculture and Cooperatives Minister", "the Fisheries and Oceans
        Minister": up to ``_OWNED_PORTFOLIO_WORDS`` capitalised words (and "and" between
        them) right after a possessive country or body, or a determiner. Not a verb of a
        title-case headline ("Kenya's Ruto Praises Minister X").
        """
        toks = self.toks
        run = k
        while (
            run > start
            and k - run < _OWNED_PORTFOLIO_WORDS
            and (
                (toks.is_cap(run - 1) and toks.words[run - 1].isalpha())
                or (toks.keys[run - 1] == "and" and run < k and run - 2 >= start)
            )
        ):
            run -= 1
        if run == k or run - 1 < start:
            return None
        verbs = self._verb_words
        if any(toks.keys[x] in verbs for x in range(run, k)):
            return None
        if toks.keys[run - 1] in _DETERMINERS:
            # Not "Commander of the X Air Vice-Marshal" ("of the" opens another noun's
            # complement), nor "During the Harbour Conference Chancellor X" (an event's name).
            before = toks.keys[run - 2] if run - 2 >= start else ""
            return None if before == "of" or before in self.lex.event_prepositions else run
        owner = self._owner_before(run, start)
        if owner is not None and (owner.has("country") or owner.has("org") or owner.has("acronym")):
            return run
        return None

    def _country_alone(self, i: int, k: int) -> bool:
        """Whether tokens ``i..k`` name a country and nothing else ("the Kyrgyz Republic")."""
        toks = self.toks
        inside = [self.hit_at[x] for x in range(i, k) if x in self.hit_at]
        rest = {toks.keys[x] for x in range(i, k)} - {
            key for h in inside if h.j <= k and h.has("country") for key in toks.keys[h.i : h.j]
        }
        return rest <= _state_words(self.doc.knowledge)

    def _portfolio_before_country(self, i: int, k: int) -> int | None:
        """Where a complement's portfolio ends before the country closing it, or None.

        "Minerals and Energy of Botswana" ends before "of Botswana"; "the Republic of Ghana"
        holds no portfolio.
        """
        toks = self.toks
        if self._country_alone(i, k):
            return None
        for x in range(k - 1, i, -1):
            h = self.hit_at.get(x)
            if h is not None and h.j == k and h.has("country"):
                at = h.i - 1 if toks.keys[h.i - 1] == "the" else h.i
                return at - 1 if toks.keys[at - 1] == "of" else k
        return k

    def _complement(self, i: int, end: int) -> tuple[int, Any, Any] | None:
        """``of [the] X ...`` after a title: where it ends, and a country or organisation in it."""
        toks, lex = self.toks, self.lex
        n = i
        if n < end and toks.keys[n] == "the":
            n += 1
        first = n
        country = org = None
        seen = owned = False
        last_solid = n  # end of the last token that surely belongs to the complement
        while n < end:
            h = self._phrase_hit(n)
            if (
                h is not None
                and h.has("demonym")
                and not h.has("country")
                and h.j < end
                and toks.words[h.j].islower()
            ):
                if n == first and toks.keys[h.j] in lex.delegation_nouns:
                    # "head of the Chinese delegation": whose delegation, so whose office.
                    return h.j + 1, h.get("demonym"), None
                break  # "the Egyptian president on Egyptian gas supplies": an adjective
            if h is not None and not h.has("title") and not h.has("role_noun"):
                if h.has("country") and not (h.has("org") or h.has("body")):
                    country = country or h.get("country")
                elif (h.has("org") or h.has("acronym") or h.has("body")) and not (
                    # "the Forum's Secretariat": the organ of the body just named.
                    owned and not (h.has("org") or h.has("acronym"))
                ):
                    org = org or _org(h)
                elif h.has("city"):
                    pass
                n = h.j
                last_solid = n
                seen = True
                continue
            if h is not None and h.has("title") and not self._address_title(h, end):
                # "Representative of the President of Russia": a title inside a complement.
                n = h.j
                last_solid = n
                seen = True
                continue
            w = toks.words[n]
            if lex.institution_word(w):
                n += 1
                last_solid = n
                seen = True
                continue
            if w[:1].isupper() and w not in lex.not_names and w.isalpha():
                # A capitalised word: part of the complement only if the complement goes on
                # after it ("for Climate John Kerry" stops before "John").
                n += 1
                continue
            if (
                w in _APOSTROPHES
                and n > i
                and toks.is_cap(n - 1)
                and ((o := self.in_hit.get(n - 1)) is None or o.has("title"))
            ):
                # "for Veterans' Affairs", "at the Prime Minister's Office": a possessive inside
                # the portfolio, which goes on only if a capitalised word follows it. A place's
                # or a body's possessive starts another office ("to Peru's Minister").
                nxt = n + 2 if n + 1 < end and toks.keys[n + 1] == "s" else n + 1
                if nxt < end and toks.is_cap(nxt):
                    n, owned = nxt, True
                    continue
            if toks.keys[n] == "and" and self._title_soon(n + 1, end):
                break
            if seen and n > last_solid and (owner := self._owner_before_name(n, end)):
                # "for Energy Diplomacy of the United States Laura X": loose words go on to
                # whose office it is, and a name follows, so they are the portfolio's.
                country = country or owner.get("country")
                n = last_solid = owner.j
                continue
            if (
                seen
                and n == last_solid  # not after loose capitalised words: they may be a name
                and toks.keys[n] in ("of", "and", "&", "for", "the", "on", "in")
                and n + 1 < end
                and (toks.is_cap(n + 1) or toks.keys[n + 1] == "the")
            ):
                n += 1
                continue
            break
        if not seen:
            return None
        return last_solid, country, org

    # -- people ----------------------------------------------------------------------------

    def run(self) -> None:
        """Find every person and description in the text blocks.

        The headline is read last, and a name without a title there only names someone the rest
        of the report introduces: title-case headline words ("Obama Calls Agreement Historic")
        are no evidence of a name, while "President Putin took part in ..." is, when the report
        names "Putin" again ("Amir Participates in ..." has no "Participates" anywhere else).
        """
        skip = (BlockKind.CLUTTER, BlockKind.DATELINE, BlockKind.SEPARATOR, BlockKind.HEADLINE)
        body_words: set[str] = set()
        for block in self.doc.blocks:
            if block.kind not in skip:
                # A caption's credit names who took the picture, not who is in it.
                end = int(block.data.get("caption_end", block.end))
                r = self.toks.within(block.start, end)
                body_words.update(self.toks.words[r.start : r.stop])
                self._scan(r.start, r.stop)
                self._companions(r.start, r.stop)
        self._body_words = body_words
        self._known_only = True
        for block in self.doc.blocks:
            if block.kind is BlockKind.HEADLINE:
                r = self.toks.within(block.start, block.end)
                self._scan(r.start, r.stop)
        self._known_only = False
        for p in self.absent:
            p.weight, p.bare, p.absent = 0, False, True

    def _scan(self, start: int, end: int) -> None:
        toks = self.toks
        i = start
        list_country: Any = None
        list_org: Any = None
        list_end = -1  # token after the last person of the current list
        sides = self._side(start, end)
        # Read once: this loop visits every token of the text.
        words = toks.words
        namey = self._namey
        numbers, hits = self.hit_at.numbers, self.hit_at.hits
        short_heads = self._short_heads
        acts = self._acts
        while i < end:
            if not acts[i] and i != start:
                # Nothing to do here (see _acting_tokens; the block's first token always has).
                i = acts.find(1, i, end)
                if i < 0:
                    break
            n = numbers[i]
            h = hits[n] if n >= 0 else None
            # Only a word that can start an abbreviated title ("PM", "Pres.") needs the check.
            short = self._short_title(i, end) if words[i] in short_heads else None
            if short is not None:
                i = short
                continue
            if h is None and toks.keys[i] in self._professions and words[i].islower():
                done = self._profession(i, start, end)
                if done is not None:
                    i = done
                    continue
            if h is not None and (h.has("title") or h.has("role_noun")):
                done = self._plural_list(h, end)
                if done is None and (_is_generic(h, toks) or self._office_holder(h)):
                    done = self._lower_apposition(h, start, end)
                if done is not None:
                    i = max(done, i + 1)
                    continue
            portfolio = (
                self._holder_after_comma(h, start, end)
                if h is not None and not toks.is_cap(h.j - 1)
                else None
            )
            if (
                h is not None
                and (h.has("title") or h.has("role_noun"))
                and not (h.i > start and toks.keys[h.i - 1] in _MODALS and not toks.is_cap(h.i))
                and (
                    not _is_generic(h, toks)
                    or self._name_right_after(h, end)
                    or portfolio is not None
                    or self._of_a_state(h, start)
                )
            ):
                ph = self._title_phrase(h, start, end)
                if portfolio is not None and ph.j < portfolio[3] and ph.role_tokens:
                    # "the ambassador for polar affairs, X": the complement is the title's.
                    ph.role_tokens[-1] = (ph.role_tokens[-1][0], portfolio[3])
                    ph.j = portfolio[3]
                if portfolio is not None and portfolio[0] < ph.k:
                    # "the energy transition minister, X": the title as written, and the
                    # country before it ("The French ...", "Peru's ...").
                    a = portfolio[0]
                    ph.role_tokens.insert(0, (a, ph.role_tokens[0][0]))
                    ph.k = a
                    if toks.keys[a - 1] in _DETERMINERS:
                        ph.det = a - 1
                    ph.country = ph.country or portfolio[1]
                    if ph.country is None:
                        ph.org = ph.org or portfolio[2]
                if ph.role_noun and ph.det is None and ph.country is None and ph.org is None:
                    # "partner", "official": a common noun, not a description of someone.
                    i = max(ph.j, i + 1)
                    continue
                # "President of Indonesia H.E. Mr. Joko Widodo": forms of address between the
                # title and the name belong to neither.
                at = self.after_honorifics(ph.j)
                at = self._past_address(at, end) or at
                n = self.name_run(at, end, after_title=True)
                if n == at + 1 and at == ph.j and (comma := self._title_tail(ph, at, end)):
                    # "Minister for Pacific Peoples, Ola Dahl", "the Minister Delegate for
                    # Overseas Territories, Ms A": the word is the title's, and the holder
                    # follows the comma.
                    ph.role_tokens[-1:] = [
                        (ph.role_tokens[-1][0] if ph.role_tokens else ph.k, comma)
                    ]
                    ph.j = n = at = comma
                if n == at + 1 and toks.keys[at].endswith(_THING_ENDINGS):
                    n = at  # "Special Envoy for Climate Mobility": the portfolio's last word
                name = (at, n) if n > at else None
                if (
                    name is not None
                    and ph.role_noun
                    and _plural(toks.keys[h.j - 1])
                    and (ph.k == 0 or toks.keys[ph.k - 1] != "of")
                ):
                    # "the leaders of Greece and Cyprus at the Aqaba Marine Park": many
                    # people's noun before one name; the name is a place's or a thing's. (In
                    # "the Chair of the Council of Ministers of X NAME" the noun is a body's.)
                    name = None
                if name is None:
                    name = self._apposition_before(ph, start)
                    if name is not None and (
                        name[1] in self._titled_ends
                        or (
                            name[1] in self._pretitled_ends
                            and (bare := self._apposition_after(ph.j, end)) is not None
                            and bare[0] == ph.j + 1
                        )
                    ):
                        # "the President of X, Mr A, the Governor of Y, Mr B", "President A,
                        # the President of Y, B": A has a title already, and the next title,
                        # with a bare name after it, is B's. (A name with its own title or
                        # form of address after it leaves the title to A.)
                        name = None
                    if name is not None:
                        ph.j = self._portfolio_list(ph, h.i, ph.j, end, named_before=True)
                    else:
                        name = self._apposition_after(ph.j, end)
                    if name is None:
                        name = self._complement_apposition(ph, end) or self._addressed_after(
                            ph, end
                        )
                    if (
                        name is not None
                        and ph.role_noun
                        and _plural(toks.keys[h.j - 1])
                        and (ph.k == 0 or toks.keys[ph.k - 1] != "of")
                        and not self._listed_on(name[1], end)
                    ):
                        # "the leaders of the Andean Movement, Ana Ruiz, and of ...": one
                        # name in apposition holds no many people's noun.
                        name = None
                if (
                    name is not None
                    and ph.title_kind == "military"
                    and any(toks.keys[x] in self.lex.thing_words for x in range(*name))
                ):
                    # "the General Review of Quotas", "the General Capital Review": a rank that
                    # is also an adjective opens a thing's name ("Minister Ana Bay" stays a
                    # person: a surname may be a thing word).
                    name = None
                if name is None:
                    self._describe(ph)
                    i = max(ph.j, i + 1)
                    continue
                country = ph.country
                org = ph.org
                ns, ne = name
                if ns > ph.j and toks.words[ph.j] == "," and not ph.role_noun:
                    self._titled_ends.add(ne)
                elif ns == ph.j and not ph.role_noun:
                    self._pretitled_ends.add(ne)
                after = max(ne, ph.j)
                # "Prime Minister Anthony Albanese of Australia", "Minister Carolina Schmidt
                # (Chile)", "Chair Mallory of the White House Council on Environmental Quality".
                role_tail = None
                if after + 1 < end and toks.keys[after] == "of":
                    oh = self._country_after(after, end, "of")
                    if oh is not None and country is None:
                        country = oh.get("country")
                        after = oh.j
                    elif country is None and org is None:
                        c = self._complement(after + 1, end)
                        if c is not None and c[0] - after > 2:
                            role_tail = (after, c[0])
                            org = c[2] or org
                            after = c[0]
                elif (
                    after + 2 < end
                    and toks.words[after] == "("
                    and toks.words[after + 2] == ")"
                    and country is None
                ):
                    ch = self._phrase_hit(after + 1)
                    if ch is not None and ch.has("country"):
                        country = ch.get("country")
                        after += 3
                loose_org = None
                if role_tail is not None:
                    ph.role_tokens.append(role_tail)
                elif (
                    ne < ph.k
                    and ph.j < end
                    and toks.words[ph.j] != ","
                    and not toks.is_cap(h.i)
                    and (tail := self._loose_tail(h, end)) is not None
                ):
                    # "X, chairman of the Dak Lak People's Committee, said": the description
                    # runs on to its closing comma past what the complement reader took.
                    loose, owner = tail
                    ph.role_tokens = [(ph.k, loose)]
                    if country is None and org is None:
                        country, org, loose_org = owner
                    after = loose
                role = None if ph.role_noun else self._role_text(ph)
                title_kind = ph.title_kind
                first = ph.det if ph.det is not None else ph.k
                if title_kind == "military" and (office := self._office_before(h.i, start)):
                    # "Chief of Defence Staff (CDS) Lieutenant General X": the rank is a form
                    # of address; the office before it is the role.
                    role, title_kind = self._text(*office), "official"
                    first = min(first, office[0])
                adjacent = (
                    list_end >= 0
                    and all(toks.keys[x] in (",", "and", ";") for x in range(list_end, first))
                    and first - list_end <= 2
                )
                if country is None and org is None:
                    if adjacent and not ph.own_place and self._body_of(role) is None:
                        # "..., and the Director-General of the X Institute, Y": a title of
                        # its own body takes no country from the list.
                        country, org = list_country, list_org
                    else:
                        # A new list starts with someone of no stated country: the country of
                        # an earlier list does not carry over to its members.
                        list_country = list_org = None
                    if country is None and org is None:
                        country, org = self._side_of(ns, sides)
                elif ph.title_kind is not None:
                    # A country before the name describes the list ("Kazakh President X and
                    # Prime Minister Y"); one after it ("President X of Ghana") is X's alone.
                    list_country, list_org = ph.country, ph.org
                list_end = after
                # "paid tribute to former prime minister X": a past office is no evidence of
                # taking part; X waits, as a bare name does, to be named again.
                former = "former" in toks.keys[max(start, first - 1) : h.j] or self._told_elsewhere(
                    first, after, start, end
                )
                person = self._add(
                    ns,
                    ne,
                    role,
                    country,
                    org,
                    weight=0 if former else 2,
                    title_kind=title_kind,
                    alias=(ph.det if ph.det is not None else ph.k, ph.j) if ph.role_noun else None,
                )
                if (
                    person is not None
                    and title_kind in self.lex.address_title_kinds
                    and person.title_kind == title_kind
                    and (office := self._office_after(after, end))
                ):
                    # "General X, Deputy Chief of the Joint Staff Department", "Sheikh X,
                    # Minister of Foreign Affairs": the office in apposition is the role, the
                    # rank or honorific a form of address.
                    person.role, person.title_kind = self._text(*office), "official"
                if person is not None:
                    if person.organisation is None and person.country is None:
                        person.organisation = loose_org or self._body_of(role)
                    if ne - ns == 1 and person.name != toks.words[ns] and not ph.role_noun:
                        # "President Putin", "Secretary Blinken": a short form of a known name.
                        add_alias(person, self.doc.text[toks.starts[ph.k] : toks.ends[ns]])
                    self._before_name(person, min(first, ns), start)
                    self._after_name(person, after, end)
                i = max(after, i + 1)
                continue
            if namey[i] and (i == start or not namey[i - 1]):
                n = self.name_run(i, end)
                if n - i >= 2 and self._opening_participle(i, start):
                    i += 1  # "Praising Kalnins as ...": the clause's verb, not a first name
                elif n - (at := self.after_honorifics(i)) >= 1:
                    # "Professor Amina Dube", "H E Hegazy": the name after the honorific, which
                    # is one word only when the report knows it.
                    i = at
                elif n < at < end and namey[at] and not self._kinds(at, _TITLES):
                    # "H E Dr. Ola Berg": the full stop of the last form of address ended the run.
                    i, n = at, self.name_run(at, end)
                else:
                    n = i  # "Right Honourable Prime Minister X": forms of address, no name
                if n - i >= 2 or (n > i and self._known_single(i)):
                    self._bare(i, n, start, end, sides)
                    i = n
                    continue
            if words[i] == ".":
                list_country = list_org = None
                list_end = -1
            i += 1

    # -- evidence for and against a name ---------------------------------------------------

    def _title_tail(self, ph: _Phrase, at: int, end: int) -> int | None:
        """The comma closing a title that goes on past its office to one word at ``at``, or None.

        A name of two words or more follows the comma. The word ends a portfolio ("its Minister
        for Pacific Peoples, Ola Dahl,": a surname seldom follows a portfolio, "Trade Minister
        Dahl" does), or opens the title's own tail of a preposition and capitalised words
        ("Minister Delegate for Overseas Territories, Ms Claire Morvan", "Chief Negotiator with
        the European Union, Marko Vuk").
        """
        toks = self.toks
        if at + 2 >= end:
            return None
        if toks.words[at + 1] == ",":
            # "the leaders of the Cuban Revolution, X": a noun's object, no portfolio.
            portfolio = (
                not ph.role_noun
                and bool(ph.role_tokens)
                and any(toks.keys[x] in ("for", "of") for x in range(ph.k, at))
            )
            k = at + 1 if portfolio else None
        elif toks.keys[at + 1] in _TITLE_PREPOSITIONS:
            k = at + 2
            while k < min(end, at + _TITLE_TAIL) and (
                toks.is_cap(k) or toks.keys[k] in ("the", "of", "and", "for")
            ):
                k += 1
            if k == at + 2 or k + 1 >= end or toks.words[k] != ",":
                k = None
        else:
            k = None
        if k is None:
            return None
        first = self.after_honorifics(k + 1)
        return k if self.name_run(first, end) - first >= 2 else None

    def _name_right_after(self, h: Hit, end: int) -> bool:
        """A lower-case title right before a name of two words: "prime minister (Dr) Ana Ruiz".

        A posting may stand between: "ambassador to Japan Ana Ruiz".
        """
        at = self.after_honorifics(self._posting_end(h.j, end))
        return (
            h.has("title")
            and not _plural(self.toks.keys[h.j - 1])
            and self.name_run(at, end) - at >= 2
        )

    def _country_after(self, j: int, end: int, preposition: str) -> Hit | None:
        """The country of "<preposition> [the] <country>" at token ``j``, or None."""
        if j + 1 >= end or self.toks.keys[j] != preposition:
            return None
        k = j + 2 if j + 2 < end and self.toks.keys[j + 1] == "the" else j + 1
        h = self._phrase_hit(k)
        return h if h is not None and h.has("country") else None

    def _owner_before_name(self, n: int, end: int) -> Hit | None:
        """The country of "of [the] <country>" at ``n`` when a name of two words follows."""
        h = self._country_after(n, end, "of")
        return h if h is not None and self.name_run(h.j, end) - h.j >= 2 else None

    def _posting_end(self, j: int, end: int) -> int:
        """Past "to <country>" at ``j`` ("ambassador to Japan"), or ``j`` when none stands there."""
        h = self._country_after(j, end, "to")
        return h.j if h is not None else j

    def _lower_complement_end(self, j: int, end: int) -> int:
        """Past a short "for"/"of"/"on" complement of words to a comma ("for Antarctic affairs")."""
        toks = self.toks
        if j + 1 >= end or toks.keys[j] not in ("for", "of", "on"):
            return j
        k = j + 1
        while (
            k < end
            and k - j <= _LOWER_PORTFOLIO_WORDS + 1
            and toks.words[k].replace("-", "").isalpha()
            and toks.keys[k] not in self._verb_words
        ):
            k += 1
        return k if k > j + 1 and k < end and toks.words[k] == "," else j

    def _holder_after_comma(self, h: Hit, start: int, end: int) -> tuple[int, Any, Any, int] | None:
        """Where a lower-case title starts whose holder is named between commas after it.

        "The Danish prime minister, Mette Holm, said", "Peru's energy minister, Ana Ruiz,
        told", "the prime minister of Denmark, Mette Holm, said", "represented by the energy
        transition minister, Ana Ruiz, who": a country or a determiner makes the title one
        person's, and the name after the comma is theirs. The title starts at its portfolio's
        first word; with it come the country or body before it, if any, and the comma it ends
        at. None when there is no holder.
        """
        toks = self.toks
        if not h.has("title") or _plural(toks.keys[h.j - 1]):
            return None
        # Past a portfolio of lower-case words ("energy transition minister").
        a = h.i
        while (
            a > start
            and h.i - a < _LOWER_PORTFOLIO_WORDS
            and len(toks.words[a - 1]) > 1  # not the "s" of "Chile's"
            and toks.words[a - 1].isalpha()
            and toks.words[a - 1].islower()
            and toks.keys[a - 1] not in _DETERMINERS
        ):
            a -= 1
        before = self.in_hit.get(a - 1) if a > start else None
        j = h.j
        whose = self._country_after(j, end, "of")  # "the prime minister of Denmark, X"
        j = self._posting_end(whose.j if whose is not None else j, end)
        owner = self._owner_before(a, start)
        if before is not None and before.j == a and before.has("demonym"):
            country = before.get("demonym")
        elif (
            before is not None
            and before.j == a
            and before.has("country")
            and before.i > start
            and toks.keys[before.i - 1] in _DETERMINERS
        ):
            country = before.get("country")  # "The US ambassador, X,"
        else:
            country = owner.get("country") if owner is not None and owner.has("country") else None
        qualified = (
            j > h.j
            or country is not None
            or (a > start and toks.keys[a - 1] in _DETERMINERS)
            # "NATO's secretary general, X,", "The council's ...": a possessive makes it one
            # person's.
            or (a - 2 >= start and self._possessive_s(a - 2))
        )
        if qualified and j == h.j:
            j = self._lower_complement_end(j, end)  # "the ambassador for polar affairs, X,"
        if not qualified or j + 1 >= end or toks.words[j] != ",":
            return None
        n = self.name_run(j + 1, end)
        named = n - (j + 1) >= 2 and n < end and (toks.words[n] == "," or toks.words[n].islower())
        org = _org(owner) if owner is not None and country is None else None
        return (a, country, org, j) if named else None

    def _opening_participle(self, i: int, start: int) -> bool:
        """Token ``i`` opens a sentence with a participle ("Praising Kalnins as ...")."""
        w = self.toks.words[i]
        return (
            (i == start or self.toks.words[i - 1] in _SENTENCE_ENDS)
            and len(w) >= _PARTICIPLE_MIN
            and w.endswith("ing")
        )

    def _possessive_country(self, i: int, start: int) -> Any:
        """The country of a possessive right before token ``i`` ("Peru's Lucia Mendoza")."""
        h = self._owner_before(i, start)
        return h.get("country") if h is not None and h.has("country") else None

    def _owner_before(self, i: int, start: int) -> Hit | None:
        """The known phrase whose possessive ends right before token ``i`` ("Peru" of "Peru's")."""
        if i - 3 < start or not self._possessive_s(i - 2):
            return None
        h = self.in_hit.get(i - 3)
        return h if h is not None and h.j == i - 2 else None

    def _short_title(self, i: int, end: int) -> int | None:
        """An abbreviated title and a name ("PM Tan"): the person, and the token after them."""
        toks = self.toks
        word = toks.words[i]
        j = i + 1
        if j < end and toks.words[j] == "." and f"{word}." in self.lex.short_titles:
            word, j = f"{word}.", j + 1
        title = self.lex.short_titles.get(word)
        if title is None or _CLOCK_BEFORE.search(
            self.doc.text, max(0, toks.starts[i] - len("12:00 ")), toks.starts[i]
        ):
            return None  # "7:04 PM MYT": a clock's afternoon and its time zone
        n = self.name_run(j, end)
        if n == j:
            return None
        t = self.doc.knowledge.title(title)
        person = self._add(
            j, n, title, None, None, weight=2, title_kind=t.kind if t else None, alias=None
        )
        if person is not None:
            add_alias(person, self.doc.text[toks.starts[i] : toks.ends[n - 1]])
            self._after_name(person, n, end)
        return n

    def _plural_list(self, h: Hit, end: int) -> int | None:
        """``the prime ministers of Nepal and Bhutan, Ram Thapa and Karma Wangdi``.

        A plural title with a list of countries and then as many names: each name holds the
        title for the country in the same place. Returns the token after the names.
        """
        toks = self.toks
        head = toks.keys[h.j - 1]
        if not _plural(head) or h.j + 1 >= end or toks.keys[h.j] != "of":
            return None
        title = None
        for m in (2, 1, 0):
            if h.i - m < 0:
                continue
            words = [*toks.keys[h.i - m : h.j - 1], head[:-1]]
            title = self.doc.knowledge.title(" ".join(words))
            if title is not None:
                break
        if title is None:
            return None
        countries: list[Any] = []
        n = h.j + 1
        while n < end:
            c = self._phrase_hit(n)
            if c is None or not c.has("country"):
                break
            countries.append(c.get("country"))
            n = c.j
            if n + 2 < end and toks.keys[n] == "," and toks.keys[n + 1] == "and":
                n += 2
            elif n + 1 < end and (
                toks.keys[n] == "and" or (toks.keys[n] == "," and self._phrase_hit(n + 1))
            ):
                n += 1
            else:
                break
        if len(countries) < 2 or n >= end or toks.keys[n] != ",":
            return None
        names: list[tuple[int, int]] = []
        n += 1
        while n < end and len(names) < len(countries):
            e = self.name_run(n, end)
            if e - n < 2:
                return None
            names.append((n, e))
            n = e
            if n + 1 < end and toks.keys[n] == "," and toks.keys[n + 1] == "and":
                n += 2
            elif n < end and toks.keys[n] in (",", "and") and len(names) < len(countries):
                n += 1
        if len(names) != len(countries):
            return None
        for (ns, ne), country in zip(names, countries, strict=True):
            person = self._add(
                ns, ne, title.title, country, None, weight=2, title_kind=title.kind, alias=None
            )
            if person is not None:
                self._after_name(person, ne, end)
        return n

    def _lower_apposition(self, h: Hit, start: int, end: int) -> int | None:
        """A lower-case title in apposition after a name: the token after it, or None.

        "Aiko Morimoto, director of the Osaka Institute, said" (a complement) or "Arun Mehta,
        government spokesman, said" (a modifier); a bare lower-case title is no evidence.
        """
        toks, lex = self.toks, self.lex
        holder = self._office_holder(h)
        if not (h.has("title") or holder) or _plural(toks.keys[h.j - 1]):
            return None
        a = h.i
        while (
            a > start
            and toks.words[a - 1].islower()
            and (
                toks.keys[a - 1] in lex.title_modifiers
                or lex.institution_word(toks.words[a - 1].capitalize())
            )
        ):
            a -= 1
        modified = a < h.i
        role_start = h.i if not modified else a
        # "X, Ghana's foreign minister," and "X, the Bahamian deputy prime minister,": whose
        # minister the apposition says.
        whose = self._possessive_country(a, start)
        if whose is not None:
            a -= 3
        elif (
            a > start
            and (d := self.in_hit.get(a - 1)) is not None
            and d.j == a
            and d.has("demonym")
            and toks.words[d.i][:1].isupper()
        ):
            whose = d.get("demonym")
            a = d.i
        c = a - 1 if a > start and toks.keys[a - 1] in ("the", "a", "an") else a
        if c - 3 < start or toks.words[c - 1] != ",":
            return None
        e = c - 1
        s = self._name_before(e, start)
        if s is None:
            return None
        j = h.j
        country = org = None
        org_text = None
        role_end = h.j
        k = j + 2 if j + 2 < end and toks.keys[j + 1] == "the" else j + 1
        if (
            k + 1 < end
            and toks.keys[j] in ("of", "at")
            and k not in self.in_hit
            and _ACRONYM.fullmatch(toks.words[k])
            and toks.words[k + 1] in (",", ".", ";")
        ):
            # "X, the executive secretary of the ICPDR,": a body the page gives by its letters.
            org_text = toks.words[k]
            role_end = j = k + 1
        elif (posted := self._posting_end(j, end)) > j:
            role_end = j = posted  # "X, Peru's ambassador to Japan, said"
        elif j + 1 < end and toks.keys[j] in ("of", "at", "for"):
            comp = self._complement(j + 1, end)
            if comp is not None:
                cend, country, org = comp
                if org is None and any(
                    lex.institution_word(toks.words[x]) for x in range(j + 1, cend)
                ):
                    first = j + 2 if toks.keys[j + 1] == "the" else j + 1
                    org_text = " ".join(
                        self.doc.text[toks.starts[first] : toks.ends[cend - 1]].split()
                    )
                    country = None
                if org is not None or org_text is not None:
                    role_end = cend
                j = cend
        if (j == h.j or (j < end and toks.words[j] not in (",", ".", ";"))) and (
            tail := self._loose_tail(h, end)
        ) is not None:
            # "X, director of the IMO's Safety Division, said": a description the complement
            # reader cannot follow is still whole between its commas.
            j, owner = tail
            role_end = j
            if country is None and org is None and any(owner):
                # What the complement reader found stays unless the whole description says more
                # (a body it named in part gives way to the whole name).
                country, org, org_text = owner
        elif j == h.j and whose is None and not modified:
            return None
        if (j < end and toks.words[j] not in (",", ".", ";")) or (
            holder and org is None and org_text is None
        ):
            return None
        country = country or whose
        role = self._text(role_start if whose is not None else a, role_end)
        if role_end == h.j and not modified:
            role = h.get("title").title  # "the prime minister of X" holds "Prime Minister"
        person = self._add(s, e, role, country, org, weight=2, title_kind=_kind_of(h), alias=None)
        if (
            person is not None
            and org_text is not None
            and person.organisation is None
            and person.country is None
        ):
            person.organisation = org_text
        return j

    def _office_holder(self, h: Hit) -> bool:
        """A lower-case role noun that is a title with the body it heads ("X, head of the Y")."""
        return (
            not h.has("title")
            and h.j - h.i == 1
            and self.toks.words[h.i] in self.lex.office_holders
        )

    def _loose_tail(self, h: Hit, end: int) -> tuple[int, tuple[Any, Any, str | None]] | None:
        """A loose description's closing comma after ``h``'s "of"/"at"/"for", and what it names.

        What it names is the country or body of its complement (see ``_possessor``); None when
        ``h`` runs on into no such description.
        """
        if self.toks.keys[h.j] not in ("of", "at", "for"):
            return None
        loose = self._loose_description(h.j, end)
        return None if loose is None else (loose, self._possessor(h.j, loose))

    def _loose_description(self, j: int, end: int) -> int | None:
        """The closing comma of a description in apposition from token ``j``, or None.

        Only where a reporting verb or "who" follows the comma: "X, director of research at
        a Karachi-based brokerage, said" is a description whatever words it holds.
        """
        keys = self.toks.keys
        k = self._profession_end(j, end)
        if k is None or k + 1 >= end or keys[k] != ",":
            return None
        return k if keys[k + 1] in self._said or keys[k + 1] == "who" else None

    def _possessor(self, i: int, j: int) -> tuple[Any, Any, str | None]:
        """The country or body of a description's complement, tokens ``i`` ("of") to ``j``.

        "at Indonesia's Ministry of Agriculture" is Indonesia's; "of the IMO's Division" the IMO's;
        "of the BIMP-EAGA Facilitation Center", a name holding an institution's word, is a body.
        """
        toks = self.toks
        first = i + 2 if toks.keys[i + 1] == "the" else i + 1
        if (
            first < j
            and toks.is_cap(j - 1)
            and all(toks.is_cap(x) or toks.keys[x] in _BODY_JOINERS for x in range(first, j))
            and any(self.lex.institution_word(toks.words[x]) for x in range(first, j))
        ):
            return None, None, self._text(first, j)
        for k in range(i + 1, j - 1):
            if not self._possessive_s(k):
                continue
            h = self._owner_before(k + 2, i)
            if h is not None and h.has("country"):
                return h.get("country"), None, None
            if h is not None and (org := _org(h)) is not None:
                return None, org, None
            if _ACRONYM.fullmatch(toks.words[k - 1]):
                return None, None, toks.words[k - 1]
        return None, None, None

    def _name_before(self, e: int, start: int) -> int | None:
        """The start of a name of two words or more ending at ``e`` (a comma), or None.

        Before the name a sentence or clause starts, or a reporting verb stands ("said Ana
        Ruiz, director of ...").
        """
        toks = self.toks
        s = e
        while s > start:
            if self.is_name_word(s - 1, e) or toks.keys[s - 1] in self.lex.particles:
                s -= 1
            elif s - 3 >= start and self.nickname_at(s - 3, e):
                s -= 3
            else:
                break
        while s < e and not self.is_name_word(s, e):
            s += 1
        if e - s < 2 or self.name_run(s, e) != e:
            return None
        b = s
        while b > start and (hon := self.in_hit.get(b - 1)) is not None and hon.has("honorific"):
            b = hon.i  # "said Dr Ana Ruiz": the form of address belongs to neither
        before = toks.words[b - 1] if b > start else "."
        if (
            before not in _SENTENCE_ENDS
            and before not in _NAME_OPENERS
            and before not in self._said
            and not self._presence_before(b, start)  # "heard from Ana Ruiz, an economist"
        ):
            return None
        if self._opening_participle(s, start):
            s += 1
            if e - s < 2:
                return None
        return s

    def _profession(self, i: int, start: int, end: int) -> int | None:
        """A person described by a profession at token ``i``: the token after, or None.

        In apposition after the name ("Ana Ruiz, an economist at the Catholic University,
        said"; "said Dr Ana Ruiz, a senior fellow at the X Institute.") or before it ("Y
        University expert Dr Ana Ruiz", "political analyst Ana Ruiz"). The role is the
        description as written without its article; the body it names is the organisation.
        """
        toks, keys = self.toks, self.toks.keys
        a = self._modifiers_before(i, start)
        first = a  # the role's first word
        country = None
        dem = self.in_hit.get(a - 1) if a > start else None
        if dem is not None and dem.j == a and dem.has("demonym"):
            # "a Czech economist": the nationality is the country, not part of the role.
            country, a = dem.get("demonym"), dem.i
        c = a - 1 if a > start and keys[a - 1] in ("a", "an", "the") else a
        if c - 3 >= start and keys[c - 1] == ",":
            s = self._name_before(c - 1, start)
            role_end = self._profession_end(i + 1, end) if s is not None else None
            if s is not None and role_end is not None:
                org = self._body_in(i + 1, role_end)
                role = self._text(first, role_end)
                person = self._add(
                    s, c - 1, role, country, None, weight=2, title_kind=None, alias=None
                )
                _set_organisation(person, org)
                return role_end
        if keys[i] == "fellow":
            # "fellow Kenyan X", "fellow leaders": a fellow of, not a profession before a name.
            return None
        at = self.after_honorifics(i + 1)
        n = self.name_run(at, end)
        if n - at < 2:
            return None
        said_before = first > start and keys[first - 1] in self._said
        if not said_before and (n >= end or (keys[n] != "," and keys[n] not in self._said)):
            # Only someone who speaks: "appointed Czech economist X as director" names an
            # appointee, "economist X said" and "said economist X" a speaker.
            return None
        # "Y University expert X": a body's name before the profession is its organisation.
        b = a
        while b > start and (
            toks.is_cap(b - 1) or (keys[b - 1] == "of" and b - 1 > start and toks.is_cap(b - 2))
        ):
            b -= 1
        heads = [x for x in range(b, a) if keys[x] in self.lex.body_heads]
        org = None
        if heads:
            # "Y University Pacific studies expert": the words after the body's name are the
            # profession's.
            org = self._text(b, heads[-1] + 1)
            if country is None:
                first = heads[-1] + 1
        person = self._add(
            at, n, self._text(first, i + 1), country, None, weight=2, title_kind=None, alias=None
        )
        _set_organisation(person, org)
        return n

    def _modifiers_before(self, i: int, start: int) -> int:
        """Where the words describing a profession at ``i`` start ("senior research fellow")."""
        toks, keys = self.toks, self.toks.keys
        a = i
        while a > start and i - a < _PROFESSION_MODIFIERS:
            w = toks.words[a - 1]
            if not w.replace("-", "").isalpha() or keys[a - 1] in _NOT_MODIFIERS:
                break
            h = self.in_hit.get(a - 1)
            if h is not None and any(h.has(k) for k in ("country", "demonym", "org", "acronym")):
                break  # a nationality or a body: read by the caller
            if keys[a - 1] == "of" and not (
                a - 2 >= start and toks.is_cap(a - 2) and toks.is_cap(a)
            ):
                break
            if toks.is_cap(a - 1) and a - 1 > start and toks.is_cap(a - 2):
                # A run of capitalised words is a body's name, read by the caller.
                break
            a -= 1
        return a

    def _profession_end(self, j: int, end: int) -> int | None:
        """Where the description after a profession noun ends ("at the X Institute"), or None."""
        keys = self.toks.keys
        if j >= end or keys[j] in _DESCRIPTION_ENDS:
            return j
        if keys[j] not in _DESCRIPTION_PREPOSITIONS:
            return None
        k = j + 1
        while k < end and k - j <= _DESCRIPTION_TOKENS:
            if keys[k] == "(" and k + 2 < end and keys[k + 2] == ")":
                k += 3  # "(IFRI)"
                continue
            if keys[k] in _DESCRIPTION_ENDS or keys[k] == "(":
                break
            k += 1
        if k >= end or keys[k] not in _DESCRIPTION_ENDS:
            return None
        return k

    def _body_in(self, j: int, k: int) -> str | None:
        """The body a description names ("lecturer in law at the University of X").

        It is the capitalised run after the first preposition one follows.
        """
        toks, keys = self.toks, self.toks.keys
        for p in range(j, k):
            if keys[p] not in _DESCRIPTION_PREPOSITIONS:
                continue
            b = p + 1
            if b < k and keys[b] == "the":
                b += 1
            if b < k and toks.words[b].endswith("-based"):
                b += 1  # "the Tokyo-based X"
            if b < k and toks.is_cap(b):
                break
        else:
            return None
        e = b
        while e < k and (toks.is_cap(e) or (keys[e] in _BODY_JOINERS and e > b)):
            e += 1
        while e > b and not toks.is_cap(e - 1):
            e -= 1
        if e - b >= 2 or (e - b == 1 and self._phrase_hit(b) is not None):
            return self._text(b, e)
        return None

    def _text(self, i: int, j: int) -> str:
        """The text of tokens ``i`` to ``j``, spaces normalised."""
        return " ".join(self.doc.text[self.toks.starts[i] : self.toks.ends[j - 1]].split())

    def _apposition_end(self, n: int, end: int) -> int | None:
        """The token after the closing comma of ", ... ," opening at token ``n``, or None."""
        keys = self.toks.keys
        if n >= end or keys[n] != ",":
            return None
        for k in range(n + 1, min(end, n + _APPOSITION_TOKENS)):
            if keys[k] == ",":
                return k + 1
            if keys[k] in (".", ";", ":", "“", "”", '"'):
                return None
        return None

    def _dated_before(self, behind: tuple[str, ...]) -> bool:
        """Whether ``behind`` ends "in 1992 by" or "in 2041 with", a year before the summit's.

        "first proposed in 1992 by President X", "talks in 2041 with X": an earlier event's.
        """
        if len(behind) < 3 or behind[-3] != "in" or behind[-1] not in ("by", "with"):
            return False
        year, summit = behind[-2], summit_year(self.doc)
        return summit is not None and len(year) == 4 and year.isdigit() and int(year) < summit

    def _before_name(self, person: Person, first: int, start: int) -> None:
        """Evidence right before a person's name or title: someone stands in for them.

        Or they stand for a country: "Egypt was represented by Prime Minister X".
        """
        keys = self.toks.keys
        # "was represented by Mr. X", "the late Dr. X": the phrase stands before the address.
        first = self._before_address(first, start)
        if self._absent_before(first, start):
            self.absent.append(person)
            return
        if person.country is not None or person.organisation is not None:
            return
        for phrase in self.lex.stands_for:
            k = first - len(phrase)
            if k - 1 < start or tuple(keys[k:first]) != phrase:
                continue
            h = self._owner_before(k, start)
            if h is not None:
                k -= 2  # "Kenya's delegation was headed by"
            else:
                h = self.in_hit.get(k - 1)
            if h is not None and h.j == k and h.has("country"):
                person.country = _name_of(h.get("country"))
            elif phrase[0] != "delegation":
                # "Chad's President X did not attend and was represented by Y": Y stands in
                # for the one country the sentence names before the phrase.
                person.country = self._one_country_before(k, start)
                person.stands_in = person.country is None
            return

    def _before_address(self, first: int, start: int) -> int:
        """Where the forms of address before ``first`` start ("by Mr. X", "the late Dr. X")."""
        while first - 1 > start and (
            ((hon := self.in_hit.get(first - 1)) is not None and hon.has("honorific"))
            or self.toks.words[first - 1] in self.lex.address_abbreviations
        ):
            first = hon.i if hon is not None and hon.has("honorific") else first - 1
        return first

    def _absent_before(self, first: int, start: int) -> bool:
        """Whether the words before ``first`` (a name, its title or its address) say it is away.

        "in place of President X"; "the absence of Chad's President X": the phrase may stand
        before a possessive country.
        """
        keys = self.toks.keys
        owner = first
        h = self._owner_before(first, start)
        if h is not None and h.has("country"):
            owner = h.i
        for at in {first, owner}:
            if (
                self._absent_lead.before(keys, at, start)
                or self._dated_before(tuple(keys[max(start, at - 3) : at]))
                or self._reason_for_stand_in(at, start)
            ):
                return True
        return False

    def _told_elsewhere(self, first: int, n: int, start: int, end: int) -> bool:
        """Whether a mention (``first`` to the name's end ``n``) tells of the person elsewhere.

        "X is expected to raise it at the G20", "X had last month directed", "X's government",
        "to be received by X": a plan, an earlier act, an office. That mention is no evidence
        of taking part; another mention of the person may still be.
        """
        keys, lex = self.toks.keys, self.lex
        if n + 2 < end and self._possessive_s(n) and keys[n + 2] in lex.elsewhere_owned:
            return True
        if self._elsewhere_lead.before(keys, first, start):
            return True
        return self._elsewhere.at(keys, n, end) > 0

    def _reason_for_stand_in(self, at: int, start: int) -> bool:
        """Whether the name at ``at`` opens the reason someone stood in.

        "Kiribati was represented by Vice President X, as President Y was attending ...": Y
        is the one represented, away whatever the reason's wording.
        """
        keys = self.toks.keys
        k = at - 1
        if k - 1 <= start or keys[k] not in _REASONS or keys[k - 1] != ",":
            return False
        for x in range(k - 2, max(start, k - _STAND_IN_REACH), -1):
            if keys[x] in (".", ";"):
                return False
            if keys[x] == "represented" and keys[x + 1] == "by":
                return True
        return False

    def _one_country_before(self, k: int, start: int) -> str | None:
        """The one country the clause names before token ``k``, or None (none, or several).

        "Turkish President X could not attend due to a visit to Japan and was represented by":
        a country or a demonym, not a place someone travels to or stays in ("to Japan"). A
        clause naming an organisation ("The European Union, partner under the Samoa
        Agreement, was represented by") stands for no country. Walked back token by token to
        the clause's start (``_clause_break``, or a semicolon: a list's items may hold commas
        and clauses alike), at most ``_STAND_IN_REACH`` tokens.
        """
        keys = self.toks.keys
        found: set[str] = set()
        i = k - 1
        while (
            i >= max(start, k - _STAND_IN_REACH)
            and keys[i] != ";"
            and not self._clause_break(i, start)
        ):
            h = self.in_hit.get(i)
            if h is None:
                i -= 1
                continue
            if h.has("org") or h.has("acronym") or h.has("body"):
                return None
            kind = "country" if h.has("country") else "demonym" if h.has("demonym") else None
            value = h.get(kind) if kind is not None else None
            if value is not None and (h.i == 0 or keys[h.i - 1] not in _TRAVEL_PREPOSITIONS):
                name = _name_of(value)
                if name is not None:
                    found.add(name)
            i = min(i, h.i) - 1
        return found.pop() if len(found) == 1 else None

    def _said_absent(self, n: int, end: int) -> bool:
        """Whether the words after a name ending at token ``n`` say its bearer is absent.

        "X did not travel", "X, who stayed in Nairobi", "The president, X, did not travel",
        "King Y, head of the Z, did not attend": right after the name, or after a comma, a
        relative pronoun or an apposition.
        """
        toks = self.toks
        if self._absent_at(n, end) or self._absence_owned(n, end) or self._but_absent(n, end):
            return True
        if n >= end or toks.keys[n] != ",":
            return False
        starts = [n + 1]
        if n + 1 < end and toks.keys[n + 1] == "who":
            starts.append(n + 2)
        close = self._apposition_end(n, end)
        if close is not None:
            starts.append(close)
        return any(self._absent_at(at, end) for at in starts)

    def _absence_owned(self, n: int, end: int) -> bool:
        """Whether a possessive after the name owns an absence: "X's absence"."""
        return (
            n + 2 < end
            and self._possessive_s(n)
            and self.toks.keys[n + 2] in self.lex.absence_nouns
        )

    def _possessive_s(self, k: int) -> bool:
        """Whether tokens ``k`` and ``k + 1`` are a possessive's "’s" (``k + 1`` in range)."""
        return self.toks.words[k] in _APOSTROPHES and self.toks.keys[k + 1] == "s"

    def _but_absent(self, n: int, end: int) -> bool:
        """Whether the name's short predicate goes on "but" and an absence.

        "X was invited to the session but did not attend": within a few words and no comma; after
        a comma only when the predicate took no part ("X was invited as a guest, but did not
        attend"), as "X opened the forum, but did not attend the dinner" did.
        """
        keys = self.toks.keys
        if n + 1 < end and keys[n] == "," and keys[n + 1] in _IDLE_AUXILIARIES:
            n += 1  # "the minister, X, had been invited but ...": the apposition's comma
        idle = n < end and keys[n] in _IDLE_AUXILIARIES
        for at in range(n, min(end, n + _BUT_REACH)):
            if idle and keys[at] == "," and at + 1 < end and keys[at + 1] == "but":
                return self._absent_at(at + 2, end)
            if keys[at] in _CLAUSE_MARKS:
                return False
            if keys[at] == "but":
                return self._absent_at(at + 1, end)
        return False

    def _absent_at(self, at: int, end: int) -> bool:
        """Whether a phrase saying someone is absent starts at token ``at``, past one adverb."""
        keys, lex = self.toks.keys, self.lex
        if at < end and keys[at] in lex.absent_fillers:
            at += 1
        return self._absent.at(keys, at, end) > 0

    def _after_name(self, person: Person, n: int, end: int) -> None:
        """Evidence right after a person's name: absence, or the delegation they led."""
        toks, lex = self.toks, self.lex
        while n < end and toks.words[n] in lex.post_nominals:
            n += 1  # "the Rt Hon Ana Ruiz MP, was unable to attend"
        if self._said_absent(n, end):
            self.absent.append(person)
            return
        if person.country is not None or person.organisation is not None:
            return
        if n + 1 < end and toks.keys[n] == ",":
            # "X, who led the Icelandic delegation, said", "The Vice Minister, X, headed the
            # Colombian delegation": the apposition's closing comma.
            n += 2 if toks.keys[n + 1] == "who" else 1
        verb = self._delegation_verbs.at(toks.keys, n, end)
        n += verb - 1  # the verb phrase's last token
        if not verb or n + 3 >= end:
            return
        h = self._phrase_hit(n + 1)
        if h is not None and h.has("country"):
            # "led Thailand's delegation"
            if (
                h.j + 2 < end
                and self._possessive_s(h.j)
                and toks.keys[h.j + 2] in lex.delegation_nouns
            ):
                person.country = _name_of(h.get("country"))
            return
        if toks.keys[n + 1] != "the":
            return
        h = self._phrase_hit(n + 2)
        if (
            h is not None
            and (h.has("demonym") or h.has("country"))
            and h.j < end
            and toks.keys[h.j] in lex.delegation_nouns
        ):
            # "headed the Chilean delegation"
            person.country = _name_of(h.get("demonym") if h.has("demonym") else h.get("country"))

    def _side(self, start: int, end: int) -> list[tuple[Any, Any, range]]:
        """The countries or organisations a block's clauses speak for, and the tokens they cover.

        "Representing Russia at the summit were ...", "X, representing Russia, ...": the people
        named in that clause are its. "On the Russian side were ...", "The Chilean delegation
        was made up of ...", "A delegation of Kenya, led by ...": those named after the cue (see
        :meth:`_side_after`). The list is empty when the block has no cue.
        """
        toks, text, kb = self.toks, self.doc.text, self.doc.knowledge
        if end <= start:
            return []
        s, e = toks.starts[start], toks.ends[end - 1]
        # Both cues hold a word looked for in place first: most blocks have neither, and are
        # then not sliced and searched.
        representing = text.find("epresenting", s, e) >= 0 or text.find("behalf", s, e) >= 0
        side = text.find(" side", s, e) >= 0 or text.find("elegation", s, e) >= 0
        if not (representing or side):
            return []
        sides: list[tuple[Any, Any, range]] = []
        for m in _REPRESENTING.finditer(text, s, e) if representing else ():
            until = self._clause(m.start(), start, end)
            # "on behalf of Chile", "on behalf of the Chilean delegation"
            country = kb.country(m.group(1)) or (
                kb.country_by_demonym(m.group(1))
                if text.startswith("delegation", m.end(1) + 1)
                else None
            )
            org = None if country is not None else kb.organisation(m.group(1))
            if country is not None or org is not None:
                sides.append((country, org, until))
        for k in range(start, end) if side else ():
            country, at = self._side_cue(k, start, end)
            if country is not None:
                sides.append((country, None, self._side_after(at, start, end)))
        return sides

    def _side_cue(self, k: int, start: int, end: int) -> tuple[Any, int]:
        """The country a side's noun at token ``k`` names (or None), and where its cue starts.

        "On the Russian side", "the Chilean delegation", "Kenya's delegation", "a delegation
        of (or from) Kenya".
        """
        keys = self.toks.keys
        if keys[k] not in ("side", "delegation"):
            return None, k
        h = self.in_hit.get(k - 1) if k > start else None
        if h is not None and h.j == k and h.i > start and keys[h.i - 1] == "the":
            on = h.i - 2 >= start and keys[h.i - 2] == "on"
            if h.has("demonym") and (keys[k] == "delegation" or on):
                return h.get("demonym"), h.i - 2 if on else h.i - 1
        if keys[k] != "delegation":
            return None, k
        owner = self._owner_before(k, start)
        if owner is not None and owner.has("country"):
            return owner.get("country"), owner.i
        after = self._country_after(k + 1, end, "of") or self._country_after(k + 1, end, "from")
        return (after.get("country") if after is not None else None), k

    @staticmethod
    def _side_of(i: int, sides: list[tuple[Any, Any, range]]) -> tuple[Any, Any]:
        """The country or organisation of the first side whose clause holds token ``i``."""
        for country, org, span in sides:
            if i in span:
                return country, org
        return None, None

    def _side_after(self, cue: int, start: int, end: int) -> range:
        """The clause's tokens from a side's cue at token ``cue`` to its first verb of acting.

        "The Chilean delegation was made up of X", "For the Kenyan delegation, X argued": the
        people named after the cue. Those before it ("Minister X welcomed the Peruvian
        delegation") and the object of its verb ("The Peruvian delegation met Minister X") are
        someone else's.
        """
        keys, verbs = self.toks.keys, self.lex.subject_verbs
        clause = self._clause(self.toks.starts[cue], start, end)
        for k in range(cue, clause.stop):
            if (
                keys[k] in verbs
                and keys[k] not in _IDLE_AUXILIARIES
                and not (k + 1 < end and keys[k + 1] == "by")  # "were attended by X"
                and not any(
                    self._presence_before(x, start) for x in range(k + 1, min(k + 4, end + 1))
                )
            ):
                return range(cue, k)
        return range(cue, clause.stop)

    def _companions(self, start: int, end: int) -> None:
        """Mark the people named as accompanying someone, and give them that person's country.

        "President X of Chile was accompanied by Y and Z", "Y, who accompanied the President",
        "Also accompanying the President were Y and Z": Y and Z belong to the delegation of the
        person the other part of the clause names.
        """
        toks, text = self.toks, self.doc.text
        if end <= start or text.find("ccompan", toks.starts[start], toks.ends[end - 1]) < 0:
            return
        for m in _ACCOMPANYING.finditer(text, toks.starts[start], toks.ends[end - 1]):
            clause = self._clause(m.start(), start, end)
            if not clause:
                continue
            c0, c1 = toks.starts[clause.start], toks.ends[clause.stop - 1]
            if m.group("by"):
                members, subject = (m.end(), c1), (c0, m.start())
            elif m.group("who"):
                members, subject = (c0, m.start()), (m.end(), c1)
            else:
                verb = _BE_PLURAL.search(text, m.end(), c1)
                if verb is None:
                    continue
                members, subject = (verb.end(), c1), (m.end(), verb.start())
            named = [p for p in self.doc.people if p.mentioned_in(*subject)]
            country = named[0].country if len(named) == 1 else None
            for p in self.doc.people:
                if p in named or not p.mentioned_in(*members):
                    continue
                p.companion_of = subject
                if (
                    country is not None
                    and p.country is None
                    and p.organisation is None
                    and p.title_kind not in HEAD_KINDS  # a delegation's head has their own
                ):
                    p.country = country

    def _clause(self, offset: int, start: int, end: int) -> range:
        """The tokens of the clause at character ``offset``: its sentence, cut at "while"."""
        toks = self.toks
        cue = bisect.bisect_left(toks.starts, offset, start, end)
        first = cue
        while first > start and not self._clause_break(first - 1, start):
            first -= 1
        last = cue
        while last < end and not self._clause_break(last, start):
            last += 1
        return range(first, last)

    def _clause_break(self, i: int, start: int) -> bool:
        """Token ``i`` ends a sentence or opens a clause of its own ("..., while the ...")."""
        w = self.toks.words[i]
        if w in _FULL_STOPS:
            return not (w == "." and i > start and self._abbreviation(i - 1))
        # "and" and "or" join a list's names as often as clauses: no break.
        return self.toks.keys[i] in self.lex.clause_openers and self.toks.keys[i] not in _JOINERS

    def _abbreviation(self, i: int) -> bool:
        """Token ``i`` is a one-letter initial or a form of address cut by a full stop ("Dr")."""
        w = self.toks.words[i]
        if len(w) == 1 and w.isupper():
            return True
        hon = self.in_hit.get(i)
        return hon is not None and hon.has("honorific")

    def _journalist(self, i: int, n: int, start: int, end: int) -> bool:
        """Whether the name in tokens ``[i, n)`` is a journalist's: a byline, not a participant.

        "Correspondent Ana Ruiz", "By Ana Ruiz", "VOA's Ana Ruiz", "Ana Ruiz reports from ...".
        """
        toks, lex = self.toks, self.lex
        if any(
            toks.keys[k] in lex.journalist_before for k in range(max(start, i - 1), n - 1)
        ) and not self._presence_before(i, start):  # "the delegation was led by X"
            return True
        if (
            i - 3 >= start
            and toks.keys[i - 1] == "s"
            and toks.keys[i - 2] == "'"
            and self.doc.knowledge.outlet(toks.words[i - 3]) is not None
        ):
            return True
        after = tuple(toks.keys[n : min(end, n + 3)])
        if any(after[: len(p)] == p for p in lex.journalist_after):
            return True
        # "Ana Ruiz is a Brussels correspondent for The Times."
        if after[:2] in (("is", "a"), ("is", "an"), ("is", "the")):
            return any(toks.keys[k] in lex.journalist_nouns for k in range(n + 2, min(end, n + 6)))
        return False

    def _known_single(self, i: int) -> bool:
        return self.toks.words[i] in self.by_key

    def _index_tails(self, person: Person) -> None:
        words = person.name.split()
        for k in range(2, len(words)):
            tail = " ".join(words[-k:])
            keys = [(self.by_tail, tail), (self.by_head, " ".join(words[:k]))]
            if tail.isupper():
                # "Emmanuel NGOH MBARGA" is the "Ngoh Mbarga" a capitalised run is read as.
                keys.append((self.by_tail, tail.title()))
            elif words[-k] in self.lex.particles:
                # "De Waal said" opens a sentence about the "Piet de Waal" named before.
                keys.append((self.by_tail, tail[0].upper() + tail[1:]))
            for index, key in keys:
                owners = index.setdefault(key, [])
                if person not in owners:
                    owners.append(person)

    def _index_parts(self, person: Person) -> None:
        self._index_tails(person)
        for part in _parts(person.name):
            for form in _forms(part, person.name):
                owners = self.by_part.setdefault(form, [])
                if person not in owners:
                    owners.append(person)

    def _titled_near(self, i: int, end: int) -> bool:
        """Whether a title of office starts within three tokens of ``i`` (a list of officials)."""
        for n in range(max(i, 0), min(end, i + 3)):
            h = self.hit_at.get(n)
            if h is not None and h.has("title") and self.toks.is_cap(h.j - 1):
                return True
        return False

    def _office_before(self, i: int, start: int) -> tuple[int, int] | None:
        """The office right before a rank at token ``i``, as a token span.

        "Chief of Defence Staff (CDS) Lieutenant General": capitalised words and "of", "the",
        "and", opening with a capitalised title or role noun, with an acronym after it or not.
        """
        toks = self.toks
        e = i
        if e - 3 >= start and toks.words[e - 1] == ")" and toks.words[e - 3] == "(":
            e -= 3
        a = e
        while (
            a > start
            and e - a < _OFFICE_WORDS
            and (toks.is_cap(a - 1) or toks.keys[a - 1] in ("of", "the", "and"))
        ):
            a -= 1
        if e - a < 2 or toks.keys[e - 1] in ("of", "the", "and"):
            return None
        for x in range(a, e - 1):
            h = self.hit_at.get(x)
            if (
                toks.is_cap(x)
                and h is not None
                and (h.has("title") or h.has("role_noun"))
                and (h.j == e or toks.keys[h.j] == "of")
            ):
                return x, e
        return None

    def _office_after(self, n: int, end: int) -> tuple[int, int] | None:
        """An office in apposition after a name ending at token ``n``, as a token span.

        ", Deputy Chief of the Joint Staff Department of the Defence Council": a capitalised
        title or role noun with an "of" complement of capitalised words, "of", "the", "and".
        """
        toks = self.toks
        if n + 3 >= end or toks.words[n] != ",":
            return None
        a = x = n + 1
        h = self.hit_at.get(x)
        while (
            x < end
            and toks.keys[x] in self.lex.rank_modifiers
            and not (h is not None and (h.has("title") or h.has("role_noun")))
        ):
            x += 1  # "Deputy Chief", "First Deputy Commander"
            h = self.hit_at.get(x)
        if h is None or not (h.has("title") or h.has("role_noun")) or not toks.is_cap(a):
            return None
        z = h.j
        if z >= end or toks.keys[z] != "of":
            return None
        while z < end and z - a < 2 * _OFFICE_WORDS:
            c = self._country_after(z, end, "of")
            if c is not None and (c.j >= end or not (toks.is_cap(c.j) or toks.keys[c.j] == "'")):
                # "of the Republic of the Sudan": the country, not the office ("of United
                # States Southern Command" goes on).
                break
            if z + 2 < end and self._possessive_s(z):
                z += 2  # "of His Majesty’s Armed Forces"
            elif toks.keys[z] == "in" and z + 2 < end and toks.keys[z + 1] == "the":
                z += 2  # "Commander of French Forces in the Pacific"
            elif toks.is_cap(z) or toks.keys[z] in ("of", "the", "and"):
                z += 1
            else:
                break
        while toks.keys[z - 1] in ("of", "the", "and", "in"):
            z -= 1
        if z > h.j + 1:
            return a, z
        # "Minister of Trade of Belize": the title holds its own complement.
        return (a, h.j) if z == h.j and "of" in toks.keys[h.i : h.j] else None

    def _body_of(self, role: str | None) -> str | None:
        """The body a title ends with, when its head noun is a body's.

        "Chairperson of the Zambezi River Authority" gives "Zambezi River Authority"; a title
        naming the summit's own body by its acronym ("ANRPC Secretary-General", "Executive
        Secretary of the CIGCI") gives that body, which the knowledge may not hold.
        """
        m = _OF_BODY.search(role or "")
        own, acronym = self.doc.meta.get("organisation"), self.doc.meta.get("acronym")
        if (
            own
            and acronym
            and role
            # The body owns the title: "ANRPC Secretary-General", "Director of the MSG
            # Secretariat"; not "Minister for CIS Affairs", a state's portfolio.
            and re.search(rf"(?:^(?:\w+\s+)?|\bof\s+(?:the\s+)?){re.escape(acronym)}\b", role)
            # "Outgoing MSG Chair and PNG Prime Minister": a second office, a state's.
            and " and " not in role
            # "Director of the CAREC Institute": a body of its own, not the summit's organ.
            and (m is None or m.group(2).lower() in _OWN_ORGANS)
        ):
            return str(own)
        if m is None or m.group(2).lower() not in self.lex.body_heads:
            return None
        if re.search(r"\w['’]s\s", m.group(1)):
            # "the Forum's Secretariat": an organ, its body's name not given whole; a plural's
            # possessive is part of a name ("the Growers' Council").
            return None
        # "the Commission" alone says too little; a long name is a government's own council
        # ("White House Environmental Justice Advisory Council") as often as an organisation.
        if not _BODY_WORDS[0] <= len(m.group(1).split()) <= _BODY_WORDS[1]:
            return None
        return m.group(1)

    def _listed_on(self, e: int, end: int) -> bool:
        """Whether another name is listed after the name ending at ``e`` ("A and B", "A, and B")."""
        toks = self.toks
        if e < end and toks.words[e] == ",":
            e += 1
        return e + 1 < end and toks.keys[e] == "and" and toks.is_cap(e + 1)

    def _complement_apposition(self, ph: _Phrase, end: int) -> tuple[int, int] | None:
        """``The Secretary-General of the Lake Basin Commission, Ruth Amoah, said``.

        The "of ..." complement of a body the knowledge may not know (capitalised words, "of",
        "and", "for", "on", "the", a bracketed acronym) joins the title when a name in
        apposition closes it; the organisation is then read from the title (:meth:`_body_of`).
        A short complement with no body's head noun is a place ("the Chief Minister of Jersey,
        X"): the name holds the title, and the place stays out of it.
        """
        toks = self.toks
        if ph.j + 2 >= end or toks.keys[ph.j] != "of" or ph.country or ph.org:
            return None
        n = ph.j + 1
        if toks.keys[n] == "the":
            n += 1
        body = n
        n = self._body_run(n, end, joiner_first=False)
        head = n - 4 if toks.words[n - 1] == ")" and n - 4 >= body else n - 1  # "Group (X)"
        if n >= end or toks.words[n] != "," or n == body:
            return None
        is_body = toks.keys[head] in self.lex.body_heads
        if not is_body and not self._place_run(ph, body, n):
            return None
        name = self._apposition_after(n, end)
        if not self._holds_alone(name, end):
            return None
        if is_body:
            ph.role_tokens.append((ph.j, n))
        else:
            # A place the knowledge lacks ("the Chief Minister of Jersey, X"): where the office
            # is, not part of its title.
            ph.own_place = True
        ph.j = n
        return name

    def _place_run(self, ph: _Phrase, body: int, n: int) -> bool:
        """Whether ``of X`` after a title names a place: "of Jersey", "of New Brunswick".

        Without "the", a few capitalised words with no body's noun, acronym or known body in
        them; "of the Duchy of Lancaster" is part of an office's title.
        """
        toks = self.toks
        if (
            ph.role_noun
            or len(ph.role_tokens) > 1  # "of Y" after "President of the Council": its body's
            or n - body > _PLACE_TOKENS
            or toks.keys[body - 1] == "the"
        ):
            return False
        for x in range(body, n):
            h = self.in_hit.get(x)
            if (
                toks.keys[x] in self.lex.body_heads
                or _ACRONYM.fullmatch(toks.words[x]) is not None
                or (h is not None and not h.has("city"))
            ):
                return False
        return True

    def _body_run(self, n: int, end: int, *, joiner_first: bool) -> int:
        """The end of a body's words from ``n``: capitalised words, joiners, "(ACRONYM)"."""
        toks = self.toks
        start = n
        while n < min(end, start + _COMPLEMENT_TOKENS):
            if toks.is_cap(n) or (toks.keys[n] in _BODY_JOINERS and (joiner_first or n > start)):
                n += 1
            elif toks.words[n] == "(" and n + 2 < end and toks.words[n + 2] == ")":
                n += 3
            else:
                break
        return n

    def _holds_alone(self, name: tuple[int, int] | None, end: int) -> bool:
        """Whether the name after a title's comma holds that title, alone.

        Not "..., Mr Y, President of Z" (Y holds the title after), nor "the Presidents of A and
        B, Mr. X and Mr. Y" (a list of holders).
        """
        toks = self.toks
        return name is not None and not (
            name[1] + 1 < end
            and (
                (toks.words[name[1]] == "," and self._title_soon(name[1] + 1, end))
                or toks.keys[name[1]] == "and"
            )
        )

    def _address_title(self, h: Hit | None, end: int) -> bool:
        """Whether the title ``h``, after another title, only addresses the name after it.

        "Amir Sheikh Nasser", "Minister for Commerce Senator Farah Iqbal": a royal or
        legislator's title followed by a capitalised word that starts no other title.
        """
        if h is None or _kind_of(h) not in self.lex.address_title_kinds:
            return False
        j = self._past_retired(h.j, end)
        return (
            j < end
            and self.toks.is_cap(j)
            and self.toks.words[j] not in self.lex.not_names
            and self._phrase_hit(j) is None
        )

    def _past_address(self, at: int, end: int) -> int | None:
        """Where the name starts after a form of address by rank at ``at``, or None if none.

        "Ambassador X", "Brigadier (Ret'd) X": the rank (and a bracket saying it was left) is
        neither the title nor the name.
        """
        address = self._phrase_hit(at)
        if address is None or not self._address_title(address, end):
            return None
        return self._past_retired(address.j, end)

    def _past_retired(self, j: int, end: int) -> int:
        """Token ``j``, or the one after a bracket saying a rank's holder retired ("(Ret'd)")."""
        toks = self.toks
        if j + 2 >= end or toks.words[j] != "(" or toks.keys[j + 1] not in self.lex.retired_marks:
            return j
        k = j + 3 if toks.words[j + 2] == "." else j + 2
        return k + 1 if k < end and toks.words[k] == ")" else j

    def _addressed_after(self, ph: _Phrase, end: int) -> tuple[int, int] | None:
        """``the Special Envoy for West Africa and the Sahel, Mr. Abdoulaye Ndiaye, ...``.

        The rest of a title the complement reader left (capitalised words, "of", "and", "the",
        a bracketed acronym: "Bank (IsDB) Group") joins it when a name with a form of address
        ("Mr.", "Dr.", "H.E.", "Colonel") stands after its comma: the address shows whose title
        it is.
        """
        toks = self.toks
        n = self._body_run(ph.j, end, joiner_first=True)
        if not any(toks.is_cap(x) for x in range(ph.j, n)) or n + 1 >= end or toks.words[n] != ",":
            return None
        title_end, n = n, self._past_acronym(n, end)
        hon = self.in_hit.get(n + 1)
        ranked = self._past_address(n + 1, end)  # "..., Colonel X,": a rank addresses X too
        if ranked is None and (hon is None or not hon.has("honorific")):
            return None
        name = self._closing_name(ranked or n + 1, end)
        if not self._holds_alone(name, end):
            return None
        for x in range(ph.j, title_end):
            h = self.hit_at.get(x)
            if h is not None and h.j <= title_end and h.has("country") and ph.country is None:
                ph.country = h.get("country")  # "of the Eastern Republic of Uruguay"
            elif h is not None and h.j <= title_end and (h.has("org") or h.has("acronym")):
                ph.org = ph.org or _org(h)
        ph.role_tokens.append((ph.j, title_end))
        ph.j = n
        return name

    def _past_acronym(self, j: int, end: int) -> int:
        """The comma after an acronym set off at ``j`` ("of Nigeria, CBN, Mrs X"), else ``j``."""
        words = self.toks.words
        if (
            j + 3 < end
            and words[j] == ","
            and words[j + 2] == ","
            and _ACRONYM.fullmatch(words[j + 1])
        ):
            return j + 2
        return j

    def _apposition_after(self, j: int, end: int) -> tuple[int, int] | None:
        """``The President of Belarus, Aleksandr Lukashenko, ...``."""
        j = self._past_acronym(j, end)
        if j + 1 < end and self.toks.words[j] == ",":
            # "President of the European Commission, Ursula von der Leyen said"; "Minister of
            # Foreign Affairs, Ambassador X": a diplomat's rank after the comma addresses X.
            addressed = self._past_address(self.after_honorifics(j + 1), end)
            return self._closing_name(addressed or j + 1, end)
        return None

    def after_honorifics(self, i: int) -> int:
        """The first token after forms of address at ``i`` ("H.E. Mr. Joko Widodo").

        ``i`` may stand inside one: "the Most Honourable" is one form of address from "the".
        """
        while (hon := self.in_hit.get(i)) is not None and hon.has("honorific") and hon.j > i:
            i = hon.j
        return i

    def _apposition_before(self, ph: _Phrase, start: int) -> tuple[int, int] | None:
        """``Emmanuel Macron, President of France``."""
        toks = self.toks
        k = ph.det if ph.det is not None else ph.k
        if k - 2 >= start and toks.words[k - 1] == ",":
            e = k - 1
            s = e
            while s > start and (
                self.is_name_word(s - 1, e)
                or self.is_initial(s - 1, e)
                or toks.keys[s - 1] in self.lex.particles
            ):
                s -= 1
            # Skip a leading lower-case particle ("de" in "Loyola de Palacio" stays inside).
            s = self.after_honorifics(s)
            if e - s >= 2 and self.name_run(s, e) == e:
                return (s, e)
        return None

    def _role_text(self, ph: _Phrase) -> str | None:
        text, toks = self.doc.text, self.toks
        spans = sorted(ph.role_tokens)
        if not spans:
            return None
        parts: list[str] = []
        last = -1
        for a, b in spans:
            if a < last:
                continue
            seg = text[toks.starts[a] : toks.ends[b - 1]]
            if seg[:1] in ",(" and parts:
                parts[-1] += text[toks.ends[a - 1] : toks.starts[a]] + seg  # as written
            else:
                parts.append(seg)
            last = b
        role = " ".join(" ".join(parts).split())
        return role or None

    def _describe(self, ph: _Phrase) -> None:
        toks = self.toks
        s = ph.det if ph.det is not None else ph.k
        head = toks.keys[ph.role_tokens[0][0]] if ph.role_tokens else toks.keys[ph.k]
        phrase = " ".join(toks.keys[s : ph.j])
        if (
            ph.role_noun
            and ph.country is None
            and ph.org is None
            and not ph.countries
            and phrase not in self.lex.protagonist_roles
        ):
            return
        if toks.keys[s] in ("its", "their") and ph.country is None and ph.org is None:
            return  # "elected X as its President": a body's office, which names no one known
        self.descriptions.append(
            Description(
                toks.starts[s],
                toks.ends[ph.j - 1],
                None if ph.role_noun else self._role_text(ph),
                _name_of(ph.country),
                _name_of(ph.org),
                ph.title_kind,
                role_noun=ph.role_noun,
                plural=_plural(head) or _plural(toks.keys[ph.j - 1]),
                countries=() if ph.country is not None else ph.countries,
            )
        )

    def _bare(
        self, i: int, n: int, start: int, end: int, sides: list[tuple[Any, Any, range]]
    ) -> None:
        """A name with no title: a participant only where the text treats it as one.

        ``sides`` are those the block speaks for (see :meth:`_side`).
        """
        toks = self.toks
        key = _key(self.doc.text[toks.starts[i] : toks.ends[n - 1]])
        if key in self.by_key or (n - i == 1 and toks.words[i] in self.by_key):
            person = self.by_key.get(key) or self.by_key[toks.words[i]]
            if person.bare and n - i >= 2 and self._journalist(i, n, start, end):
                # An author's box: the name on a line, then "Name is a reporter at ...".
                person.bare = False
                return
            person.mentions.append((toks.starts[i], toks.ends[n - 1]))
            if self._said_absent(n, end):
                self.absent.append(person)  # "Lind did not travel to Velmar."
            return
        if n - i == 2 and PATRONYMIC.fullmatch(toks.words[i + 1]):
            given = [p for p in self.doc.people if p.given == toks.words[i]]
            if len(given) == 1:
                person = given[0]
                alias = f"{toks.words[i]} {toks.words[i + 1]}"
                if alias not in person.aliases:
                    person.aliases.append(alias)
                person.mentions.append((toks.starts[i], toks.ends[n - 1]))
            return
        whole = self.hit_at.get(i)
        if whole is not None and whole.j == n and any(whole.has(k) for k in _PHRASE_KINDS):
            return  # "Addis Ababa hosted ...": a place, not a person
        prev = toks.keys[i - 1] if i > start else ""
        before = self.in_hit.get(i - 1) if i > start else None
        if before is not None and (
            before.has("acronym") or before.has("org") or before.has("body")
        ):
            return  # "the CSTO Crisis Response Centre"
        if n < end and self.lex.institution_word(toks.words[n]):
            return  # "Caspian Pipeline Consortium", "Crisis Response Centre"
        if (
            prev == "("
            and n < end
            and toks.words[n] == ")"
            and i - 2 >= start
            and (
                self.lex.institution_word(toks.words[i - 2])
                or ((body := self.in_hit.get(i - 2)) is not None and body.has("org"))
            )
        ):
            return  # "the Language Development Agency (Badan Bahasa)": the body's own name
        if prev in NOT_BEFORE_NAMES and not self._presence_before(i, start):
            # "the Nagorny Karabakh conflict", "on Countering International Terrorism": a name
            # after an article or most prepositions is the name of a thing, unless a phrase of
            # taking part ends there ("the delegation was made up of X").
            return
        k = i - 1
        while (
            k > start
            and k >= i - _THING_LEAD
            and toks.is_cap(k)
            and k not in self.in_hit
            # "Head of the AIS Forum Secretariat X": a body's name ends the title before X.
            and not self.lex.institution_word(toks.words[k])
        ):
            k -= 1
        if k < i - 1 and toks.keys[k] in NOT_BEFORE_NAMES:
            return  # "the Great Limpopo Transfrontier Park": the article before its first words
        if beside_country(self.doc, i):
            return  # "Palestine and Al-Quds": a place beside a country
        if prev == "to" and i - 1 > start and toks.is_cap(i - 2):
            # "a Statement on Cooperation in Response to Ageing Societies": the tail of a title.
            return
        if n - i < 2 or self._journalist(i, n, start, end):
            return
        if all(toks.keys[x] in self.lex.title_modifiers for x in range(i, n)):
            return  # "Deputy Assistant Secretary X": the ranks of the title after them
        head, dash, _ = toks.words[i].partition("-")
        if dash and self.doc.knowledge.country(head) is not None:
            return  # "Japan-Viet Nam Relations", "Korea-Central Asia": two sides, not a person
        nh = self.hit_at.get(n) if n < end else None
        if nh is not None and nh.has("role_noun") and _plural(toks.keys[nh.j - 1]):
            return  # "Southeast Asian leaders": an adjective before a plural noun
        if _plural(toks.keys[n - 1]) and (
            self.doc.knowledge.title(toks.words[n - 1][:-1]) is not None
            or self.doc.knowledge.title(" ".join(toks.words[i:n])[:-1]) is not None
        ):
            return  # "Governors and Alternate Governors": holders of an office, not a name
        if any(toks.keys[x] in self.lex.thing_words for x in range(i, min(n + 1, end))):
            return  # "the Nordic Marine Survey", "the Blue Basin plan": a thing's name
        thing = self.doc.text[toks.starts[i] : toks.ends[n - 1]]
        if self.doc.knowledge.outlet(thing) or thing == self.doc.meta.get("outlet"):
            return  # "Kyodo News", "Prensa Latina": a news outlet, or the page's own
        if i > start and toks.words[i - 1].isdigit():
            return  # "the 2024 Harbour Review": a year or a number names an edition
        last = toks.words[n - 1]
        if (last.isupper() and len(last) > 1) or last.lower().endswith(_ABSTRACT_ENDINGS):
            return  # "Open RAN", "Domain Awareness": an acronym or an abstract noun ends a thing
        if toks.words[i] in self._glossed:
            return  # "the IONS Conclave": a body's short name opens the name of its meeting
        if _ROMAN.fullmatch(toks.words[i]) and not toks.words[i + 1].isupper():
            return  # "its LXXXII Ordinary Meeting": a Roman number counts editions, not people
        # A name with no title counts when the text treats it as a person's: the subject of a
        # reporting or taking-part verb ("Bill Gates urged", "Vladimir Putin took part"), or an
        # item of a list of titled people. Otherwise it waits (weight 0) for its surname to turn
        # up again on its own; title-case names of things rarely do.
        verb = self.hit_at.get(n)
        nxt = toks.keys[n] if n < end else ""
        strong = (verb is not None and verb.has("verb")) or nxt in self.lex.subject_verbs
        if not strong and nxt in (",", "and"):
            strong = self._titled_near(n + 1, end) or self._titled_near(i - 3, i)
        if not strong and nxt == "," and n + 1 < end and toks.keys[n + 1] == "who":
            # "X, who was part of the delegation, said": a person's relative clause, then the verb.
            close = self._apposition_end(n, end)
            if close is not None and close < end:
                later = self.hit_at.get(close)
                strong = (later is not None and later.has("verb")) or (
                    toks.keys[close] in self.lex.subject_verbs
                )
        if not strong and prev in self._said and i - 2 >= start:
            # '"...," said X': a reporting verb inverted after a quote names its speaker.
            strong = toks.words[i - 2] in _CLOSE_MARKS
        if not strong and nxt == "and" and n + 1 < end:
            # "Vladimir Putin and ASEAN leaders adopted ...".
            ahead = [self.hit_at.get(x) for x in range(n + 1, min(end, n + 4))]
            strong = any(h is not None and h.has("role_noun") for h in ahead)
        if not strong:
            strong = self._after_presence(i, start)
        country = self._possessive_country(i, start)
        org = None
        if country is not None:
            strong = True  # "Peru's Lucia Mendoza"
        else:
            country, org = self._side_of(i, sides)  # "For the Kenyan delegation, X"
        weight = 1 if strong and not self._told_elsewhere(i, n, start, end) else 0
        found = self._add(i, n, None, country, org, weight=weight, title_kind=None, alias=None)
        if found is not None:
            if self._absent_before(self._before_address(i, start), start):
                self.absent.append(found)  # "paid tribute to the late Dr. X"
            self._after_name(found, n, end)

    def _after_presence(self, i: int, start: int) -> bool:
        """Whether a phrase of taking part leads the list of names that token ``i`` is in.

        "Also present were Omar Faris and Lina Sabbagh": the walk back from a name crosses only
        names, titles, commas and "and" on its way to the phrase.
        """
        keys = self.toks.keys
        k = i
        while k > start and i - k <= _LIST_REACH:
            if self._presence_before(k, start):
                return True
            if k - 1 > start and keys[k - 1] == ":":
                k -= 1  # "Also present were: ..."
                continue
            if not (
                self.toks.is_cap(k - 1)
                or keys[k - 1] in _LIST_JOINS
                # A full stop inside a form of address ("Dr.", "H.E."), not a sentence's end.
                or (keys[k - 1] == "." and k - 1 in self.in_hit)
            ):
                return False
            k -= 1
        return False

    def _presence_before(self, k: int, start: int) -> bool:
        """Whether a phrase of taking part ("present were", "led by") ends right before ``k``."""
        return self._presence.before(self.toks.keys, k, start)

    def _common_noun_phrase(self, ns: int, ne: int) -> bool:
        """Whether the report writes the words ``ns..ne`` in lower case too, pair by pair."""
        words = self.toks.words
        return all(
            (words[x].lower(), words[x + 1].lower()) in self._lower_pairs for x in range(ns, ne - 1)
        )

    def _named_by_title(self, role: str | None, start: int) -> bool:
        """Whether a headline sets a name after its title and a comma, a title the body uses.

        "Remarks by the Taoiseach, Ana Ruiz, at the press conference" over a transcript whose
        turns are "An Taoiseach:": the headline introduces the speaker. A title-case headline's
        words after a title ("Premier Lund Opens Summit") have no comma between.
        """
        if role is None or self.doc.text[max(0, start - 2) : start] != ", ":
            return False
        return role.split()[-1] in self._body_words

    def _add(
        self,
        ns: int,
        ne: int,
        role: str | None,
        country: Any,
        org: Any,
        *,
        weight: int,
        title_kind: str | None,
        alias: tuple[int, int] | None,
    ) -> Person | None:
        toks, text = self.toks, self.doc.text
        start, end = toks.starts[ns], toks.ends[ne - 1]
        name = " ".join(text[start:end].split())
        if name.isupper() and len(name) > 3:
            # "PRESIDENT BIDEN:" in a transcript's capitals names the Biden of the text.
            name = name.title()
            role = role.title() if role is not None and role.isupper() else role
        key = _key(name)
        initialled = _initialled(name)  # "V. Putin", "J.Tursunov"
        person = self.by_key.get(key)
        if person is None and " " not in name:
            # A surname alone joins a known person with that name part.
            matches = self.by_part.get(name, [])
            if len(matches) == 1:
                person = matches[0]
        if person is None and " " in name and not initialled:
            # A full name after its surname alone ("President Putin" ... "Vladimir Putin"), or
            # after its initials ("V. Putin", "J.Tursunov").
            matches = [
                p
                for part in _parts(name)
                for form in _forms(part, name)
                for p in self.by_part.get(form, [])
                if (_same_initial(name, p.name) if _initialled(p.name) else " " not in p.name)
            ]
            if len(matches) == 1:
                person = matches[0]
        if person is None and " " in name:
            # The last words of one known full name: "Lula da Silva" after "Luiz Inacio Lula
            # da Silva" is the same person.
            # So are the first words of one ("Mohd Faizal" after "Mohd Faizal Harun": a given
            # name used alone, as Malay and Arabic names are).
            owners = self.by_tail.get(name, []) or self.by_head.get(name, [])
            if len(owners) == 1:
                person = owners[0]
                add_alias(person, name)
        if person is None and " " in name:
            # A nickname with the surname: "Bobby Dalisay" after 'Roberto “Bobby” Dalisay'.
            words = name.split()
            owners = self.by_part.get(words[-1], [])
            if len(owners) == 1 and all(w in owners[0].aliases for w in words[:-1]):
                person = owners[0]
                add_alias(person, name)
        if person is None and initialled:
            # "J.Tursunov" after "Jasur Tursunov": the surname and the initial of one known name.
            fits = [
                p
                for p in self.by_part.get(_parts(name)[-1], [])
                if " " in p.name and _same_initial(p.name, name)
            ]
            if len(fits) == 1:
                person = fits[0]
                add_alias(person, name)
        if person is None and ne - ns >= 2 and self._common_noun_phrase(ns, ne):
            return None
        if (
            person is None
            and self._known_only
            and (role is None or name.split()[-1] not in self._body_words)
            and not self._named_by_title(role, start)
        ):
            return None
        if person is None:
            person = Person(name=name, start=start, end=end, weight=weight)
            person.bare = weight == 0
            self.doc.people.append(person)
            self.by_key[key] = person
            for part in name.split():
                self.by_key.setdefault(part, person)
                if part.isupper() and len(part) > 2:
                    self.by_key.setdefault(part.title(), person)
            self._index_parts(person)
            for x in range(ns, ne - 2):
                if toks.words[x] in _OPEN_MARKS and self.nickname_at(x, ne + 1):
                    # Susilo “Sus” Pranoto: "Sus" alone names him too.
                    add_alias(person, toks.words[x + 1])
                    self.by_key.setdefault(toks.words[x + 1], person)
        elif (
            " " in name and not initialled and (" " not in person.name or _initialled(person.name))
        ):
            # The full name turns up after the surname or the initials: keep the full one.
            short = person.name
            person.name, person.start, person.end = name, start, end
            if _initialled(short):
                add_alias(person, short)
            self.by_key[key] = person
            self._index_parts(person)
        person.mentions.append((start, end))
        person.weight = max(person.weight, weight)
        person.bare = person.bare and weight == 0
        address = self.lex.address_title_kinds
        if role and (
            person.role is None
            # A rank or an honorific names no office: "Gen X" after "Chief of Staff X" leaves
            # the office, and "Minister of X" after "Sheikh X" replaces the honorific.
            or (title_kind and not person.title_kind and title_kind not in address)
            or (person.title_kind in address and title_kind not in (None, *address))
            # "Premier Li" in a caption, then "Premier of the State Council, LI Wenhao": the
            # office in full.
            or (
                role.startswith(person.role + " of ")
                and not OF_STATE.match(role, len(person.role) + 1)
            )
        ):
            person.role = role
            person.title_kind = title_kind
        if person.country is None and person.organisation is None:
            if country is not None:
                person.country = _name_of(country)
            elif org is not None:
                person.organisation = _name_of(org)
        elif person.country is None and country is not None and person.role == role:
            person.country = _name_of(country)
            person.organisation = None
        if alias is not None:
            add_alias(person, text[toks.starts[alias[0]] : toks.ends[alias[1] - 1]])
        return person


def _set_organisation(person: Person | None, org: str | None) -> None:
    """Give a person described by a profession the body the description names."""
    if org is not None and person is not None and person.organisation is None:
        person.organisation = org if person.country is None else None


def beside_country(doc: Document, k: int) -> bool:
    """Whether token ``k`` follows a country and "and" or "or": "Palestine and Al-Quds"."""
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    if k < 2 or toks.keys[k - 1] not in ("and", "or"):
        return False
    back = toks.starts[max(0, k - 1 - _COUNTRY_TOKENS)]
    return any(h.j == k - 1 and h.has("country") for h in doc.hits_in(back, toks.starts[k - 1]))


#: The most tokens of a country's name ("Saint Vincent and the Grenadines").
_COUNTRY_TOKENS: Final = 6


def add_alias(p: Person, phrase: str) -> None:
    """Record another way the text names ``p`` (once, whatever the case of a leading "The")."""
    phrase = " ".join(phrase.split())
    if not phrase or phrase == p.name:
        return
    if phrase.startswith("The "):
        phrase = "t" + phrase[1:]
    if all(a.casefold() != phrase.casefold() for a in p.aliases):
        p.aliases.append(phrase)


# "of the Republic": the state the office is of, not a fuller office ("of the State Council").
OF_STATE: Final = re.compile(
    r"of\s+(?:the\s+)?(?:Republic|Federation|Kingdom|Confederation|Commonwealth|Nation|Country)\b"
)


def _parts(name: str) -> list[str]:
    return [w.strip(".,") for w in _INITIAL_GLUED.sub(r"\1 ", name).split()]


#: An initial: one capital ("V."), or a capital and a small letter before a capital, as
#: :meth:`PeopleFinder.is_initial` reads tokens ("Ts.Baasanjav").
_INITIAL: Final = r"(?:[A-Z]|[A-Z][a-z](?=\.[A-Z]))\."
#: Initials written onto the next word: "L.Kiknadze", "F.A.Sultani", "Ts.Baasanjav".
_INITIAL_GLUED: Final = re.compile(rf"\b({_INITIAL})(?=\w)")
#: Initials that open a name: "V. Putin", "J.Tursunov", "Ts.Baasanjav".
_INITIALS: Final = re.compile(rf"(?:{_INITIAL}\s*)+(?=[^\W\d_])")


def _initialled(name: str) -> bool:
    """Whether a name opens with its initials and no given name ("V. Putin", "J.Tursunov")."""
    return _INITIALS.match(name) is not None


def _same_initial(full: str, short: str) -> bool:
    """Whether a full name's first letter is the initial a short form opens with."""
    return not _initialled(full) and full[:1] == short[:1]


def _forms(part: str, name: str) -> tuple[str, ...]:
    """A name part as the text may write it alone.

    "KISHIDA Fumio": a surname in capitals is the "Kishida" of the text too; so is a short one
    beside a given name in title case ("LI Wenhao" and "Premier Li"), though "US" alone is not.
    """
    if part.isupper() and (len(part) > 2 or any(w.istitle() for w in name.split())):
        return (part, part.title())
    return (part,)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys"))


#: At most this many tokens name a place after a title's "of" ("New Brunswick", "Isle of Wight").
_PLACE_TOKENS: Final = 3


def _kind_of(h: Hit) -> str | None:
    if h.has("title"):
        kind: str | None = getattr(h.get("title"), "kind", None)
        return kind
    return None


#: How many words the name of a body read from a title may have.
_BODY_WORDS: Final = (2, 4)
#: The body named last in a title: "of the Zambezi River Authority (ZRA)". A portfolio has no
#: article ("Minister of International Relations and Cooperation") and is no body.
_OF_BODY: Final = re.compile(
    r"\bof\s+the\s+((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|on|the)\s+)*){0,8}([A-Z][\w’'-]*))"
    r"(?:\s+\([A-Z][\w-]*\))?$"
)
#: The longest "of ..." complement read before a name in apposition, and the lower-case words
#: it may hold.
_COMPLEMENT_TOKENS: Final = 14
_BODY_JOINERS: Final = frozenset({"of", "and", "&", "for", "on", "the", "de", "la", "du", "des"})


def _org(h: Hit) -> Any:
    for k in ("org", "acronym", "body"):
        if h.has(k):
            return h.get(k)
    return None


#: How far back a stand-in's sentence is read for the country it stands for (tokens), and
#: where its clause begins.
_STAND_IN_REACH: Final = 60
#: Before a place someone goes to or stays in, not the country they stand for.
_TRAVEL_PREPOSITIONS: Final = frozenset({"to", "in", "at", "from", "into", "for", "toward"})


#: A clock time right before a word: "7:04 " before "PM".
_CLOCK_BEFORE: Final = re.compile(r"\d[:.]\d\d[ \t]?\Z")


def _name_of(x: Any) -> str | None:
    if x is None:
        return None
    name: str = x.name
    return name


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


def _is_generic(h: Hit, toks: Tokens) -> bool:
    """A title used as a common noun: "presidents", "a minister" (lower case, no name after)."""
    return not toks.is_cap(h.j - 1) and not h.has("role_noun")


def find_people(doc: Document) -> list[Description]:
    """Run the finder; people go to ``doc.people``, descriptions to ``doc.descriptions``.

    The mention index is built here, once everyone is found: the next stages read it.
    """
    finder = PeopleFinder(doc)
    finder.run()
    # In text order, as the field promises: the headline's are found after the body's.
    doc.descriptions = sorted(finder.descriptions, key=operator.attrgetter("start"))
    doc.index_mentions()
    return doc.descriptions
