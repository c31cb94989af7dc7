"""Cue words, found in one pass over the tokens and shared by the extractors.

Each family of an extractor's patterns has its cue words in ``[cues]`` of ``lexicon.toml``: the
words one of which must stand in a sentence for a pattern of the family to match there. When the
text has been tokenised, every token is marked once with the families it opens (a bit each,
decided once per distinct word); an extractor then asks which families a sentence opens and
skips the sentence, or the family in it, without running a regex. Cue words over-approximate
their patterns: a word too many costs a search, a word missing loses matches, so a family's
words are read off its patterns.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from array import array
from typing import TYPE_CHECKING, Final

from attrs import frozen

from ...exceptions import DataError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .gazetteer import Tokens

__all__ = ["CueFamily", "CueIndex", "CueTable"]

#: Families a table can hold: one bit each in a machine word.
MAX_FAMILIES: Final = 62
#: Tokens marked at a time.
_CHUNK: Final = 65_536
#: Distinct words whose bits are remembered across parses.
_MEMO_MAX: Final = 200_000


@frozen
class CueFamily:
    """The cue words of one family of patterns, as ``lexicon.toml`` gives them."""

    #: ``"<stage>.<family>"``, as in ``[cues.<stage>]``: ``"decisions.partners"``.
    name: str
    #: Words a token must begin with (lower case).
    starts: tuple[str, ...] = ()
    #: Words a token must hold anywhere (lower case).
    contains: tuple[str, ...] = ()


class CueTable:
    """The cue families, a bit each, and the bits of every word (remembered once decided)."""

    __slots__ = ("_all", "_families", "_memo", "bits", "typecode")

    def __init__(self, families: Sequence[CueFamily]) -> None:
        """A bit per family, in order.

        Raises:
            DataError: more families than :data:`MAX_FAMILIES`, or a name given twice.
        """
        if len(families) > MAX_FAMILIES:
            msg = f"lexicon.toml: [cues] has {len(families)} families, at most {MAX_FAMILIES}"
            raise DataError(msg)
        #: Each family's bit, by name.
        self.bits: dict[str, int] = {}
        for n, family in enumerate(families):
            if family.name in self.bits:
                raise DataError(f"lexicon.toml: cues.{family.name} is given twice")
            self.bits[family.name] = 1 << n
        self._families = tuple(
            (1 << n, f.starts, f.contains) for n, f in enumerate(families) if f.starts or f.contains
        )
        self._all = (1 << len(families)) - 1
        self._memo: dict[str, int] = {}
        #: The array type code that holds every family's bit.
        self.typecode = next(
            code for code in ("B", "H", "I", "Q") if len(families) <= 8 * array(code).itemsize
        )

    def bit(self, name: str) -> int:
        """The bit of family ``name`` (KeyError, naming it, if ``[cues]`` has no such family)."""
        try:
            return self.bits[name]
        except KeyError:
            msg = f"lexicon.toml [cues] has no family {name!r}"
            raise KeyError(msg) from None

    def flags_of(self, key: str) -> int:
        """The bits of the families a token key (lower case) opens."""
        known = self._memo.get(key)
        if known is not None:
            return known
        if "\u0307" in key:
            # "İ" lowers to "i" and a combining dot, yet a case-insensitive pattern reads it as
            # "i": the word may open any family.
            flags = self._all
        else:
            # A case-insensitive pattern reads the dotless "ı" as "i" and the long "ſ" as "s".
            word = key.replace("\u0131", "i").replace("\u017f", "s")
            flags = 0
            for bit, starts, contains in self._families:
                if (starts and word.startswith(starts)) or any(w in word for w in contains):
                    flags |= bit
        if len(self._memo) < _MEMO_MAX:
            self._memo[key] = flags
        return flags


class CueIndex:
    """The cue families each token of a text opens: built once, read by every extractor."""

    __slots__ = ("flags", "table", "tokens")

    def __init__(self, tokens: Tokens, table: CueTable) -> None:
        """Mark every token of ``tokens`` with the bits of the families it opens."""
        self.tokens = tokens
        self.table = table
        keys = tokens.keys
        # One lookup a token, in C; a word not seen before is decided once.
        #: The bits of each token, by token index: machine integers as narrow as the table
        #: allows (4 bytes a token for up to 32 families), not a list of int objects.
        self.flags: array[int] = array(table.typecode)
        get = table._memo.get  # noqa: SLF001
        # In chunks, so that the list of int objects made on the way stays small.
        for a in range(0, len(keys), _CHUNK):
            part = keys[a : a + _CHUNK]
            found = list(map(get, part, itertools.repeat(-1)))
            if -1 in found:
                found = [
                    table.flags_of(k) if f < 0 else f for k, f in zip(part, found, strict=True)
                ]
            self.flags.extend(found)

    def bit(self, name: str) -> int:
        """The bit of family ``name``: ``"decisions.partners"``."""
        return self.table.bit(name)

    def of_tokens(self, i: int, j: int) -> int:
        """The bits opened by tokens ``[i, j)``."""
        return functools.reduce(operator.or_, self.flags[i:j], 0)

    def overlapping(self, start: int, end: int) -> int:
        """The bits opened by the tokens that overlap characters ``[start, end)``."""
        toks = self.tokens
        i = bisect.bisect_right(toks.ends, start)
        j = bisect.bisect_left(toks.starts, end)
        return self.of_tokens(i, j)

    def has(self, name: str, start: int, end: int) -> bool:
        """Whether a token overlapping ``[start, end)`` opens family ``name``."""
        return bool(self.overlapping(start, end) & self.table.bit(name))
