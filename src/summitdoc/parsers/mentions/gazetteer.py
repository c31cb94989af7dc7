"""One tokenisation of the text and one dictionary pass over it.

The text is tokenised once (words and single punctuation marks, with offsets). A gazetteer built
from the knowledge files (countries, demonyms, cities, organisations, titles, attribution verbs,
outlets, ...) then finds, at every token, the longest phrase it knows, by looking token tuples up
in a dict: linear in the number of tokens, whatever the size of the knowledge.
"""

from __future__ import annotations

import bisect
import re
from array import array
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any, Final

from attrs import define
from attrs.exceptions import FrozenInstanceError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["Gazetteer", "Hit", "Tokens", "detach_bodies", "key_of", "tokenise"]

# A word is letters/digits joined by hyphens or apostrophes; an apostrophe followed by a lone
# "s" is a possessive and splits off ("Russia’s" -> "Russia", "’", "s"). Inside a word "‘" is
# the glottal stop many pages type for the ʻokina ("Nuku‘alofa"), never an opening quote.
_TOKEN: Final = re.compile(r"[^\W_]+(?:-[^\W_]+)*(?:['’‘](?!s\b)[^\W_]+)*|[^\s]")
_SPLIT: Final = re.compile(f"({_TOKEN.pattern})")


def key_of(word: str) -> str:
    """The lookup form of a token: lower case, typographic apostrophes made straight."""
    return _fold(word)


def _fold(text: str) -> str:
    # A few replaces in C are several times faster than str.translate with a mapping.
    return text.lower().replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("\u00a0", " ")


#: Below this many characters a text is tokenised for speed, above it for memory.
_SMALL_TEXT: Final = 200_000


def _offsets(text: str) -> array[int]:
    """An empty array of text offsets (4 bytes each while they fit)."""
    return array("i" if len(text) < 2**31 else "q")


@define(eq=False)
class Tokens:
    """The tokens of a text as parallel sequences (cheaper than one object per token).

    Offsets are arrays of machine integers, not lists of int objects; a word that occurs again is
    the same string object, and so is its key when lower-casing leaves it as it is, so that a
    token costs about 24 bytes whatever the text.
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    words: list[str]
    keys: list[str]

    def __len__(self) -> int:
        return len(self.starts)

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def within(self, start: int, end: int) -> range:
        """Indices of the tokens lying inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        while j > i and self.ends[j - 1] > end:
            j -= 1
        return range(i, j)

    def is_cap(self, i: int) -> bool:
        """Whether token ``i`` starts with an upper-case letter."""
        return self.words[i][:1].isupper()


def tokenise(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokenise ``text[start:end]`` keeping offsets into ``text``.

    One pass over the matches, keeping none of them: each distinct word is looked up (and its
    key made) once, and every later occurrence shares its string objects. A report of ordinary
    size is tokenised in a few list comprehensions instead, which is faster and whose memory
    does not matter at that size.
    """
    stop = len(text) if end is None else end
    if stop - start < _SMALL_TEXT:
        # Split keeping the tokens: parts alternate gap, token, gap, ..., and the running sum
        # of their lengths gives every offset; no match object is made.
        whole = start == 0 and stop == len(text)
        parts = _SPLIT.split(text if whole else text[start:stop])
        offsets = list(accumulate(map(len, parts), initial=start))
        words_l = parts[1::2]
        # key_of, in C: a token holds no no-break space, and seldom a typographic apostrophe.
        keys_l = list(map(str.lower, words_l))
        if "’" in text or "‘" in text or "ʻ" in text:
            keys_l = [_fold(k) if "’" in k or "‘" in k or "ʻ" in k else k for k in keys_l]
        return Tokens(text, offsets[1:-1:2], offsets[2::2], words_l, keys_l)
    starts, ends = _offsets(text), _offsets(text)
    words: list[str] = []
    keys: list[str] = []
    seen: dict[str, tuple[str, str]] = {}
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        pair = seen.get(word)
        if pair is None:
            key = key_of(word)
            pair = seen[word] = (word, word if key == word else key)
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        words.append(pair[0])
        keys.append(pair[1])
    return Tokens(text, starts, ends, words, keys)


class Hit:
    """A known phrase found in the text: tokens ``[i, j)``, characters ``[start, end)``.

    Immutable. A text can hold a hit every few characters, so a hit keeps its first token and
    first character and the (small, shared) lengths, and gives ``j`` and ``end`` from them.
    """

    __slots__ = ("_chars", "_tokens", "i", "kinds", "start")

    i: int
    start: int
    #: Every reading of the phrase: kind ("country", "demonym", "title", ...) to value.
    kinds: dict[str, Any]
    _tokens: int
    _chars: int

    def __init__(self, i: int, j: int, start: int, end: int, kinds: dict[str, Any]) -> None:
        """A hit on tokens ``[i, j)``, characters ``[start, end)``."""
        init = object.__setattr__
        init(self, "i", i)
        init(self, "_tokens", j - i)
        init(self, "start", start)
        init(self, "_chars", end - start)
        init(self, "kinds", kinds)

    @property
    def j(self) -> int:
        """The token after the phrase."""
        return self.i + self._tokens

    @property
    def end(self) -> int:
        """The character after the phrase."""
        return self.start + self._chars

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError

    def _fields(self) -> tuple[int, int, int, int, dict[str, Any]]:
        return (self.i, self.j, self.start, self.end, self.kinds)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # kinds is a dict, as before

    def __repr__(self) -> str:
        i, j, start, end, kinds = self._fields()
        return f"Hit(i={i!r}, j={j!r}, start={start!r}, end={end!r}, kinds={kinds!r})"

    def __reduce__(self) -> tuple[type[Hit], tuple[int, int, int, int, dict[str, Any]]]:
        return (Hit, self._fields())

    def has(self, kind: str) -> bool:
        """Whether one reading of the phrase is of this kind."""
        return kind in self.kinds

    def get(self, kind: str) -> Any:
        """The value of the reading of this kind (KeyError if none)."""
        return self.kinds[kind]


#: Kinds matched regardless of case; the others need the text's first letter in upper case
#: (acronyms need the exact case).
CASELESS_KINDS: Final = frozenset(
    {"title", "verb", "role_noun", "document", "honorific", "generic", "cue"}
)
EXACT_KINDS: Final = frozenset({"acronym"})
#: Kinds whose entries written in capitals need the exact case.
_EXACT_IN_CAPITALS: Final = frozenset({"honorific"})


class Gazetteer:
    """Longest-match lookup of known phrases over a token stream."""

    __slots__ = ("_entries", "_firsts", "_max_len", "_prefixes")

    def __init__(self, entries: Iterable[tuple[str, str, Any]]) -> None:
        """Build from ``(phrase, kind, value)`` triples; the first value for a phrase wins."""
        self._entries: dict[tuple[str, ...], list[tuple[str, Any, tuple[str, ...] | None]]] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self._max_len = 1
        for phrase, kind, value in entries:
            toks = tokenise(phrase)
            if not len(toks):
                continue
            key = tuple(toks.keys)
            # A form of address in capitals ("HE", His Excellency) is an abbreviation: its
            # exact case, or the pronoun "he" would read as one.
            capitals = kind in _EXACT_IN_CAPITALS and phrase.isupper() and phrase.isalpha()
            exact = tuple(toks.words) if kind in EXACT_KINDS or capitals else None
            readings = self._entries.setdefault(key, [])
            if any(k == kind and e == exact for k, _, e in readings):
                continue
            readings.append((kind, value, exact))
            self._max_len = max(self._max_len, len(key))
            for n in range(1, len(key)):
                self._prefixes.add(key[:n])
        self._firsts: frozenset[str] = frozenset(k[0] for k in self._entries)

    def scan(self, tokens: Tokens, i: int = 0, j: int | None = None) -> list[Hit]:
        """Non-overlapping longest matches in tokens ``[i, j)``, left to right."""
        keys, words, entries, prefixes = tokens.keys, tokens.words, self._entries, self._prefixes
        firsts = self._firsts
        end = len(keys) if j is None else j
        hits: list[Hit] = []
        # The readings admitted for a phrase and the case of its first letter, made once: the
        # hits of one phrase share one dict (which nobody changes).
        memo: dict[tuple[tuple[str, ...], bool], dict[str, Any]] = {}
        # Most tokens start no known phrase: the ones that may are picked out in one C loop.
        after = i  # the token after the last hit: a hit's own tokens start nothing
        for at in compress(range(i, end), map(firsts.__contains__, keys[i:end])):
            if at < after:
                continue
            best: tuple[int, dict[str, Any]] | None = None
            n = at
            key: tuple[str, ...] = ()
            while n < end and n - at < self._max_len:
                key = (*key, keys[n])
                n += 1
                readings = entries.get(key)
                if readings:
                    kinds = _admit(readings, words, at, n, memo=memo, key=key)
                    if kinds:
                        best = (n, kinds)
                if key not in prefixes:
                    break
            if best is not None:
                after, kinds = best
                hits.append(Hit(at, after, tokens.starts[at], tokens.ends[after - 1], kinds))
        return hits


def _admit(
    readings: list[tuple[str, Any, tuple[str, ...] | None]],
    words: list[str],
    i: int,
    n: int,
    *,
    memo: dict[tuple[tuple[str, ...], bool], dict[str, Any]],
    key: tuple[str, ...],
) -> dict[str, Any]:
    capital = words[i][:1].isupper()
    shared = memo.get((key, capital))
    if shared is not None:
        return shared
    kinds: dict[str, Any] = {}
    exacts = False
    for kind, value, exact in readings:
        if kind in kinds:
            continue
        if exact is not None:
            exacts = True
            if tuple(words[i:n]) != exact:
                continue
        elif kind not in CASELESS_KINDS and not capital:
            continue
        kinds[kind] = value
    if "acronym" in kinds and "country" in kinds:
        # "GUAM" the organisation, "Guam" the territory: an acronym reading admits only its own
        # case, so these words are written as the acronym is.
        del kinds["country"]
    if not exacts:  # what an exact reading admits depends on the words, not only the key
        memo[key, capital] = kinds
    return kinds


_BODY_OWNERS: Final = ("org", "acronym")
_BEFORE_A_BODY: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def detach_bodies(
    tokens: Tokens,
    hits: list[Hit],
    modifiers: frozenset[str],
    title_case: Sequence[tuple[int, int]] = (),
    heads: frozenset[str] = frozenset(),
) -> list[Hit]:
    """Hits whose body reading is kept only where the body may be its organisation's.

    A known body's name right after a capitalised word that is not its organisation's name is
    part of another name: "the Trilateral Cooperation Secretariat", "the KAZA Secretariat" are no
    UN Secretariat. A determiner, a sentence start or a title's modifier ("Outgoing") before it
    leaves it as it is, and so does a line in title case (``title_case``: the headlines'
    character spans, in text order), where every word is capitalised. A capitalised head noun
    after it (``heads``) goes on with a longer name: "the Joint Staff Department".
    """
    out: list[Hit] = []
    last: Hit | None = None
    for h in hits:
        if (
            "body" in h.kinds
            and not any(k in h.kinds for k in _BODY_OWNERS)
            and not any(s <= h.start < e for s, e in title_case)
        ):
            # "the Joint Staff Department", "the Secretariat Building": a longer name goes on.
            longer = (
                h.j < len(tokens) and tokens.words[h.j][:1].isupper() and tokens.keys[h.j] in heads
            )
            if not longer and h.i > 0:
                word, key = tokens.words[h.i - 1], tokens.keys[h.i - 1]
                own = (
                    last is not None
                    and last.j == h.i
                    and any(last.kinds.get(k) is h.kinds["body"] for k in _BODY_OWNERS)
                )
                longer = (
                    word[:1].isupper()
                    and key not in _BEFORE_A_BODY
                    and key not in modifiers
                    and not own
                )
            if longer:
                kinds = {k: v for k, v in h.kinds.items() if k != "body"}
                last = h
                if kinds:
                    out.append(Hit(h.i, h.j, h.start, h.end, kinds))
                continue
        out.append(h)
        last = h
    return out
