"""Statements: statements and declarations adopted by the summit or by a body beside it.

Three ways a report gives them:

- counted lists: "Four statements were passed: on A; on B; ..." (one statement per item; the
  count word is checked against the list and a mismatch is recorded as a warning);
- an adoption: "The foreign ministers ... adopted a statement in connection with X", "Russia and
  the EU issued a joint statement on terrorism", "adopted a Joint Statement";
- a named document: "the Joint Statement of Heads of State of CSTO Member Countries", "the
  Statement of the CIS Heads of State in support of the family".

The issuer is the subject of the adoption (its leading adverbials and trailing appositions
dropped); people listed as issuers become "Presidents of A, B and C" with their countries. The
sentences that report what the statement or its issuers say give its points, and a subject that
lists countries ("The foreign ministers of the Republic of Armenia, ...") gives its countries.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

from .._document import BODY_KINDS, Block, BlockKind, Document, Person, StatementDraft
from ..layout.blocks import MONTH_NAMES, story_dateline
from ..mentions.lexicon import lexicon
from ._text import (
    CLOSE_QUOTE,
    LIST_LEAD,
    LIST_LEAD_REACH,
    LIST_MARK,
    ON_BEHALF,
    STATEMENT_NOUN,
    STATEMENT_TITLE,
    SUMMIT_GROUP,
    Taken,
    alternation,
    block_sentences,
    infinitives,
    item_mark,
    norm,
    split_list,
    strip_span,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["find_statements"]

#: The verbs by which a statement is adopted, as a passive participle ("was issued").
_ADOPTION_VERBS: Final = r"(?:adopted|signed|issued|approved|passed|released)"
_NOUN: Final = r"(?:[Jj]oint\s+)?(?:[Ss]tatements?|[Dd]eclarations?|[Cc]ommuniqu[eé]s?|[Aa]ppeals?)"
#: Statements counted with their topics between commas before a passive verb.
_COUNTED_APPOSED: Final = re.compile(
    rf"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|\d)\s+(?:[Jj]oint\s+)?{_NOUN},\s+"
    r"(?P<items>on\s+[^,;.]{1,200}?(?:,\s+on\s+[^,;.]{1,200}?)*(?:,?\s+and\s+on\s+[^,;.]{1,200}?)?),"
    rf"\s+(?:were|have\s+been|had\s+been)\s+{_ADOPTION_VERBS}\b"
)
_ON_ITEM: Final = re.compile(r"(?:,\s+|,?\s+and\s+)?on\s+([^,;.]+?)(?=,\s+on\s|,?\s+and\s+on\s|$)")


def _on_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The topics of "on A, on B and on C", as spans."""
    return [m.span(1) for m in _ON_ITEM.finditer(text, s, e)]


_COUNTED: Final = re.compile(
    rf"\b(?P<count>\w+)\s+(?:joint\s+)?{_NOUN}\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:passed|adopted|signed|issued|approved|made|released)\s*:\s*",
    re.IGNORECASE,
)
_HEAD: Final = r"(?:[Ss]tatements?|[Dd]eclarations?|[Cc]ommuniqu[eé]s?|[Aa]ppeals?)"
#: A statement named by its head noun alone: "the statement", "the joint communique".
_BARE_HEAD: Final = re.compile(rf"(?:[Jj]oint\s+)?{_HEAD}")


def _phrases(items: tuple[str, ...]) -> str:
    """An alternation of lexicon phrases; a straight apostrophe also matches a typographic one."""
    return alternation(items).replace("'", "['’]")


@functools.cache
def _noun() -> str:
    """A statement noun with what may precede it.

    "Joint Statement", "Riga Declaration", "consensus declaration", "leaders’ statement",
    "joint press communique", "final document".
    """
    lex = lexicon()
    mods = _phrases(lex.statement_modifiers)
    return (
        rf"(?:(?:[A-Z][\w’'-]*\s+){{0,3}}(?:(?:{mods})\s+){{0,3}}{_HEAD}|"
        rf"(?:{_phrases(lex.statement_documents)}))"
    )


@functools.cache
def _adopted() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<verb>adopted|ADOPTS|signed|issued|passed|approved|released|made|agreed\s+on|"
        rf"endorsed|read\s+out)\s+(?:\[)?"
        rf"(?:(?P<det>a|an|the|their|two|three|four|five|several)\s+)?(?:new\s+)?[“\"]?"
        rf"(?P<noun>{_noun()})\b"
        r"(?:\]\([^)]*\))?(?:\s+(?P<prep>on(?!\s+(?:[A-Z][a-z]+day\b|\d|(?:\w+\s+)?behalf\b))|in\s+connection\s+with|concerning|regarding|about|"
        r"in\s+support\s+of|with\s+regard\s+to))?\s*"
    )


#: An adverb before the verb of an adoption: "was also adopted", "jointly signed by".
_ADVERB: Final = r"(?:(?:also|then|later|jointly|unanimously)\s+)?"


@functools.cache
def _passive() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<noun>{_noun()})\s+"
        r"(?P<prep>on|concerning|regarding|in\s+connection\s+with)?"
        rf"\s*(?P<rest>[^.]{{0,300}}?)\s*(?:was|were)\s+{_ADVERB}"
        rf"{_ADOPTION_VERBS}\b"
    )


# "A joint statement was issued at the meeting on X": the topic after the verb and an adverbial
# (a lower-case start, so that "on Friday" is no topic).
_TOPIC_AFTER: Final = re.compile(
    r"(?:\s+(?:at|after|during|following)\s+(?:the\s+)?[\w-]+)?\s+"
    r"(?:on|concerning|regarding|about)\s+(?=[a-z])"
)
# "the declaration signed by all member nations": an adoption as a participle, with its agent.
_SIGNED_BY: Final = re.compile(
    rf"\s*,?\s+{_ADVERB}(?:signed|adopted|issued|approved|endorsed)(?=\s+by\s)"
)
_AGENT_END: Final = re.compile(
    r"[.,;:]|\s+(?:at|in|on|during|after|following|before|to|that|which|and\s+(?:a|an|the))\s"
)


@functools.cache
def _agent_verb() -> re.Pattern[str]:
    """A verb after an agent: "A statement issued by the army's press office said X"."""
    lex = lexicon()
    verbs = alternation((*lex.statement_source_verbs, *lex.point_verbs))
    # "states" after an agent is its noun: "signed by all member states".
    return re.compile(rf"\s+(?:and\s+)?(?:also\s+)?(?!states\b)(?:{verbs})\b")


# A quoted subtitle right after a named declaration: the Oslo Declaration “A Shared Arctic”.
_SUBTITLE: Final = re.compile(r"\s*[“\"«][^“”\"«»\n]{1,120}[”\"»]")
# A named declaration's "of" tail, part of its name: "the Tehran Communiqué of the Seventh
# Caspian Summit". Not a date ("the Riga Declaration of June 2030").
_NOT_NAMED: Final = rf"(?!(?:{MONTH_NAMES}|[A-Z][a-z]+day)\b)"
# Its words may be joined by a spaced dash: "the Fourth Central Asia – China Summit".
_NAME_OF_WORDS: Final = rf"{_NOT_NAMED}(?:[A-Z0-9][\w’'-]*\s+(?:[–—-]\s+)?){{0,5}}[A-Z][\w’'-]*\b"
_NAME_OF: Final = re.compile(
    rf"\s+of\s+(?:the\s+)?{_NAME_OF_WORDS}"
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_NAME_OF_WORDS}){{0,3}}"
)
# A statement noun with its determiner, in a clause that says it was adopted.
_DET: Final = r"\b(?P<det>[Aa]n?|[Tt]he|its|their)\s+"


@functools.cache
def _mention() -> re.Pattern[str]:
    return re.compile(rf"{_DET}(?P<noun>{_noun()})\b")


@functools.cache
def _outcome() -> re.Pattern[str]:
    """Outcome cues: "ended with the adoption of ...", "has ended in the capital, with ..."."""
    lex = lexicon()
    return re.compile(
        rf"\b(?:(?P<cue>{_phrases(lex.statement_outcome_cues)})|"
        rf"(?P<end>{_phrases(lex.statement_end_verbs)})\b[^.;]{{0,300}}?\bwith)\b",
        re.IGNORECASE,
    )


@functools.cache
def _own_object() -> re.Pattern[str]:
    """The words between an outcome cue and its object: none, or "the adoption of"."""
    cues = _phrases(lexicon().statement_outcome_cues)
    return re.compile(rf"\s*(?:(?:the\s+)?(?i:{cues})\s*)?")


@functools.cache
def _source() -> re.Pattern[str]:
    """A cited statement: "According to the closing communique released on Friday, ..."."""
    cues = _phrases(lexicon().statement_source_cues)
    return re.compile(
        rf"(?i:{cues})\s+(?P<det>the|its|their|an?)\s+(?P<noun>{_noun()})\b(?P<tail>[^,;.]{{0,120}}),\s+"
        rf"(?:{_ISSUED}\b[^,;.]{{0,120}},\s+)?"
    )


def _as_subject() -> str:
    """A statement opening a sentence as its subject: "The final communique", "Its declaration".

    A participle may follow unpunctuated: "A joint statement issued after the talks".
    """
    return (
        rf"(?P<det>[Tt]he|[Ii]ts|[Tt]heir|An?)\s+(?P<noun>{_noun()})"
        rf"(?:\s+(?P<tail>{_ISSUED}\b[^,;.“\"]{{0,120}}?))?"
    )


@functools.cache
def _reported() -> re.Pattern[str]:
    """A statement as the subject of a verb of saying: "The final communique, read by X, says"."""
    verbs = _phrases(lexicon().statement_source_verbs)
    return re.compile(
        rf"{_as_subject()}\b"
        # "..., read by the Minister of A, B and C, Mr. X, states": the aside may hold commas.
        rf"(?:,\s+{_ISSUED}\b(?:[^;.]|\.(?=\s[A-Z])){{0,160}}?,)?\s+(?:also\s+)?(?:{verbs})\s+"
        r"(?:that\s+)?"
    )


@functools.cache
def _stating() -> re.Pattern[str]:
    """A statement as the subject of a point verb: "The Kisumu Declaration calls on X"."""
    verbs = alternation(lexicon().point_verbs)
    return re.compile(rf"{_as_subject()}\s+(?:also\s+)?(?=(?:{verbs})\b)")


#: What ties a statement to the meeting reported: "issued after the talks", "released at the
#: close of the session". "A statement issued by the ministry" may be anybody's.
_TIED: Final = re.compile(
    r"\b(?:at|after|following|on|by)\s+(?:the\s+)?(?:(?:end|close|conclusion)\s+of\s+)?"
    r"(?:the|their|its|this)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:meeting|talks|summit|session|conference|gathering|consultations|forum|dialogue)\b"
)
#: A participle set off after a cited statement: "In their communique, released late on Friday,
#: the leaders ...", "..., read by the Secretary General, ...".
_ISSUED: Final = r"(?:released|issued|read(?:\s+out)?|adopted|published|signed|approved)"


@functools.cache
def _anaphor() -> re.Pattern[str]:
    """What an adopted statement says: "a part of the declaration that would strengthen X"."""
    return re.compile(
        rf"\bthe\s+(?P<noun>{_noun()})\s+(?:that|which)\s+"
        r"(?:(?:would|will|should|must|could|can|shall|also)\s+)+"
    )


_PARTICIPLE: Final = re.compile(r"\s+(?P<word>[a-z]+ing)\b")


@functools.cache
def _relative() -> re.Pattern[str]:
    """Where what a statement says starts: "..., which (among others,) reaffirms X"."""
    asides = _phrases(lexicon().statement_asides)
    return re.compile(rf",?\s+(?:which|in\s+which(?:\s+they)?|that)(?:,\s*(?i:{asides}),)?\s+")


_CONCLUDING: Final = re.compile(
    rf"\b(?:A|a|The|the)\s+(?P<noun>{_NOUN})\s+(?P<prep>concerning|regarding|on|in\s+connection\s+"
    r"with)\s+(?P<rest>.{1,600}?)\s+(?:concluded|closed|ended|crowned)\s+the\s+(?:summit|meeting|talks)\b"
)
# "signed an agreement on X and a joint declaration on Y": a statement later in the sentence.
_ALSO: Final = re.compile(
    rf"\s+and\s+(?:a|an|the)\s+(?P<noun>{_NOUN})\s+(?:on|concerning|regarding|in\s+connection\s+with)\s+"
)
# Who says what a cited statement says: "..., the leaders said (that) ...".
#: The nouns of a group that issues a statement: "the leaders", "the member states", "the bloc".
_GROUP: Final = (
    r"(?i:leaders|heads\s+of\s+state(?:\s+and\s+government)?|presidents|ministers|members|countries|states|nations|"
    r"parties|sides|participants|summit|council|bloc|delegations|governments|"
    # The meeting's chairs speak for it: "the co-chairs said", "the two co-chairmen said".
    r"co-?chairs|co-?chairmen|co-?chairpersons|co-?chairwomen)"
)
_SAID: Final = re.compile(
    rf"(?P<who>(?:[Tt]he\s+)?(?:[\w’'-]+\s+){{0,4}}?{_GROUP})"
    r"\s+(?:said|say|says|stated|declared|announced|agreed)\s+(?:that\s+)?"
)
# The subject of a cited statement's point that issued it: "the leaders (also) pledged".
_GROUP_SUBJECT: Final = re.compile(
    # "the council “noted with concern” X": the verb may open a quote.
    rf"(?:[Tt]he\s+)?(?:[\w’'-]+\s+){{0,3}}?{_GROUP}"
    r"(?=\s+(?:also\s+)?[“\"]?[a-z]+(?:ed|[^s]s)\b|\s*:)"
)
#: A sentence that reads on from the statement adopted in the one before: "In it, they".
_IN_IT_POINTS: Final = re.compile(r"(?:In|Under)\s+it,\s+")
#: "they" as the subject of a statement's point verb: "In it, they (also) called on X".
_THEY_SUBJECT: Final = re.compile(r"(?:they|we)(?=\s+(?:also\s+)?[a-z]+(?:ed|[^s]s)\b)")


@functools.cache
def _source_after() -> re.Pattern[str]:
    """A statement cited at a sentence's end: "..., according to the final communique"."""
    return re.compile(
        r",\s+(?i:according\s+to|as\s+stated\s+in|as\s+set\s+out\s+in)\s+(?:the|its|their)\s+"
        rf"(?P<noun>{_noun()})\b[^,;]*\Z"
    )


# A second named statement after the first: "the X Declaration on A and the Y Statement on B".
_AND_NAMED: Final = re.compile(
    r"\s+and\s+(?:the|a|an)\s+(?=(?:[A-Z][\w’'-]*\s+){0,4}(?:Joint\s+)?(?:Statement|Declaration|"
    r"Communiqu[eé]|Appeal)\b)"
)
_ADOPTION_IN: Final = re.compile(rf"\b{_ADOPTION_VERBS}\b")
_NAMED: Final = re.compile(
    r"\b(?:a|the)\s+(?P<name>(?:Joint\s+)?(?:Statement|Declaration|Appeal)\s+(?:of|by|on)\s+"
    r"[^.;]{1,300}?)(?=\s+and\s+(?:on|On)\b|\s+and\s+(?:a|an|the)\s+(?:[Dd]ecision|[Rr]esolution)\b|"
    r"\s+(?:was|were|is)\b|[.;]|$)"
)
#: "on Monday", "on March 6", "on 6 March": when, after a statement's name or its issuer.
_ON_DAY: Final = (
    rf"\s+on\s+(?:[A-Z][a-z]+day\b|\d{{1,2}}\s+(?:{MONTH_NAMES})\b|(?:{MONTH_NAMES})\s+\d{{1,2}}\b)"
)
#: The same at a phrase's end: "(the leaders) on Monday".
_ON_DAY_END: Final = re.compile(rf"{_ON_DAY}$")
_TOPIC_END: Final = re.compile(
    # "... on river safety and signed a ...": a second verb of the subject ends the topic.
    r"\s+and\s+(?:also\s+)?[a-z]+ed\s+(?:a|an|the|their|two|three|to|that)\s|"
    r"\.(?=\s|$)|,\s+(?:which|in\s+which|and\s+(?:the|a|an)\s)|;|\s+(?:concluded|was|were|is|are|"
    r"has|have|stipulated|says|said|states|provides|calls)\b|,?\s*[“\"«]|\s+which\b|"
    # "a declaration on X at the grouping's second summit": where it was adopted.
    r",?\s+at\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:summit|meeting|session|gathering|conference|talks)\b|"
    # "the X Declaration on Y after two hours of talks": when it was adopted.
    r"\s+(?:after|following|amid)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:talks|hours|days|debate|discussions?|negotiations|deliberations)\b|"
    # "the X Declaration on Y on Friday": the day it was adopted.
    rf"{_ON_DAY}"
)
_ADVERBIAL: Final = re.compile(
    r"(?i:today|yesterday|on\s+[A-Z]\w+day|in\s+addition|also|following\b|after\b|at\b|during\b|"
    r"in\b|on\b|as\s+a\s+result|earlier|later|finally|meanwhile|when\b|once\b|upon\b|before\b|"
    # "First, the leaders adopted ...": a list's ordinal or a linking adverb, alone before its
    # comma ("Second Summit of X, held in Y, adopted" opens with a name).
    r"(?:(?:first|second|third)(?:ly)?|then|moreover|furthermore|besides|additionally|"
    r"subsequently|likewise|similarly)(?=\s*,))"
)
#: Who a statement made "to the press" was spoken to.
_TO_THE_PRESS: Final = re.compile(
    r"\s+to\s+(?:the\s+)?(?:press|media|reporters|journalists|correspondents)\b", re.IGNORECASE
)
#: An adverb between a subject and its verb ("The leaders further adopted"): no part of it.
_BEFORE_VERB: Final = re.compile(
    r"\s+(?i:further|also|then|subsequently|formally|unanimously|jointly|later|finally|"
    r"additionally|likewise|similarly)\Z"
)
_POINT_SUBJECT: Final = re.compile(
    # "In addition, summit participants welcomed ...": a linking adverbial may come first.
    r"(?:(?:In\s+addition|Also|Moreover|Furthermore|Besides),\s+)?"
    r"(?:It|They|(?:The|These)\s+(?:statement|declaration|document|joint\s+statement|appeal|"
    r"principles|parties|sides|leaders|participants|ministers|foreign\s+ministers|heads\s+of\s+state|"
    r"presidents)|In\s+addition,\s+they|Summit\s+participants|The\s+summit\s+participants)\b",
    re.IGNORECASE,
)
# "guided by new joint cyber principles": principles the summit's members agreed on together.
_PRINCIPLES: Final = re.compile(r"\b(?:new\s+)?(?P<topic>joint\s+(?:[\w-]+\s+){0,3}?principles)\b")


_PRONOUN_SUBJECT: Final = re.compile(r"(?i:we|they|it)(?:\s+(?:have|had|also|then|jointly))*")
# "We, the Heads of State and Government of A and of B, met in ...": who "we" are.
_WE_ARE: Final = re.compile(
    r"\bWe,\s+(?:the\s+)?(?P<who>[^.;:]{3,400}?),\s+(?:met|have|are|were|gathered|assembled|"
    r"convened|meeting|having)\b"
)
_WE_ARE_REACH: Final = 5000

# Subjects that name no issuer (a leading "the" is dropped before the test).
_NO_ISSUER: Final = frozenset(
    {
        "they",
        "it",
        "participants",
        "summit participants",
        "parties",
        "sides",
        "talks",
        "summit",
        "meeting",
        "session",
        "conference",
    }
)
# A verb of deciding before a point verb: the sentence reports what was decided.
_DECIDES: Final = re.compile(r"\b(?:agreed|decided|signed|approved|adopted|endorsed|took)\b")
# At most this many words before a point verb are the subject of the clause ("the leaders").
_SUBJECT_WORDS: Final = 4


def default_issuer(doc: Document) -> str | None:
    """Who adopts statements with no issuer in the text: a heads-of-state body's members.

    The body's name must say so itself ("CIS Heads of State Council"): a "Session of the
    Conference of Heads of State ... of the X" names no "X Heads of State".
    """
    acronym = doc.meta.get("acronym")
    name = doc.meta.get("name") or ""
    if acronym and f"{acronym} heads of state".lower() in name.lower():
        return f"{acronym} Heads of State"
    return None


def _topic_end(text: str, pos: int, limit: int) -> int:
    m = _TOPIC_END.search(text, pos, limit)
    return m.start() if m else limit


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.taken = Taken()
        #: Points told by a statement's name after it, by the statement's id: read last.
        self.later: dict[int, list[str]] = {}
        #: The noun of each statement told by a description ("a declaration on X"), by its id.
        self.described: dict[int, str] = {}
        #: Statements cited after their point ("..., according to the final communique"), as
        #: the cite and its point: read once every statement is found.
        self.cited_after: list[tuple[re.Match[str], str, Block]] = []

    def add(
        self,
        s: int,
        e: int,
        issuer: str | None,
        block: Block,
        *,
        countries: list[str] | None = None,
        topic: str | None = None,
    ) -> StatementDraft | None:
        text = self.text
        s, e = strip_span(text, s, e)
        if e <= s or self.taken.overlaps(s, e):
            return None
        self.taken.add(s, e)
        topic = topic or norm(text[s:e].replace("[", "").replace("]", ""))
        for seen in self.doc.statements:
            # The same topic again (a headline or standfirst retold in the body) is the same
            # statement; so is a named one by its short and its full name ("Kathmandu
            # Declaration", "Kathmandu Declaration of the Eighth Summit"), known by the full one.
            old, new = (seen.topic or "").lower(), topic.lower()
            if old == new or _shortened(old, new) or _shortened(new, old):
                if len(new) > len(old):
                    seen.start, seen.end, seen.topic = s, e, topic
                seen.issuer = seen.issuer or issuer
                return seen
        st = StatementDraft(s, e, issuer=issuer)
        st.topic = topic
        st.countries = list(countries or [])
        st.block = block
        self.doc.statements.append(st)
        return st

    def adoption(self, m: re.Match[str], s: int, e: int, block: Block) -> None:
        """An adoption: "X adopted a declaration on Y", "X issued a joint press communique"."""
        doc, text = self.doc, self.text
        if _TO_THE_PRESS.match(text, m.end("noun")):
            return  # "made joint statements to the press": words spoken, no text adopted
        # Whoever "read out" a declaration voiced it for the summit; it is not theirs.
        voiced = m["verb"].startswith("read")
        issuer, countries = _issuer(doc, None if voiced else _subject(doc, s, m.start()))
        if len(countries) < 2:
            countries = _countries(doc, s, m.start())
            countries = countries if len(countries) >= 2 else []
        issuer = issuer or default_issuer(doc)
        noun = m["noun"]
        if m["det"] == "the" and noun.islower() and ON_BEHALF.match(text, m.end("noun")):
            return  # "signed the declaration on his behalf": the one named before
        if m["prep"] is None:
            # "adopted a Joint Statement." names no topic: the noun is the topic. A bare "a
            # statement" may be anybody's; a modified one ("a joint communique") is the summit's.
            if noun[0].isupper() or m["det"] in (None, "the") or len(noun.split()) > 1:
                z = _subtitle_end(text, m.end("noun")) if noun[0].isupper() else m.end("noun")
                self.add(m.start("noun"), z, issuer, block, countries=countries)
            return
        if noun[0].isupper() and not noun.endswith("s"):
            # "adopted a Declaration on a Partnership for Growth": a named declaration, whose
            # full name is the topic; a lower-case "declaration on X" is about X. "... and the
            # Solemn Declaration on Y" names a second one.
            z = _topic_end(text, m.end(), e)
            a = m.start("noun")
            for nxt in _AND_NAMED.finditer(text, m.end(), z):
                self.add(a, nxt.start(), issuer, block, countries=countries)
                a = nxt.end()
            self.add(a, z, issuer, block, countries=countries)
            return
        if noun.lower().endswith("s"):
            spans = split_list(text, m.end(), _topic_end(text, m.end(), e))
        else:
            spans = [(m.end(), _topic_end(text, m.end(), e))]
        for a, z in spans:
            start = m.start("prep") + len("in ") if m["prep"] == "in support of" else a
            st = self.add(start, z, issuer, block, countries=countries)
            if st is not None:
                self.described[id(st)] = _head(noun)

    def passive(self, s: int, e: int, block: Block) -> None:
        """A passive or participial adoption.

        "The Riga Declaration was adopted", "A joint statement was issued ... on X", "the
        declaration signed by all member nations".
        """
        doc, text = self.doc, self.text
        for m in _passive().finditer(text, s, e):
            after = _TOPIC_AFTER.match(text, m.end())
            if m["prep"] and m["rest"]:
                a = m.start("rest")
                self.add(a, _topic_end(text, a, m.end("rest")), default_issuer(doc), block)
            elif after is not None:
                a = after.end()
                self.add(a, _topic_end(text, a, e), default_issuer(doc), block)
            else:
                issuer = _named_agent(_agent(text, m.end(), e)) or default_issuer(doc)
                self.add(m.start("noun"), _named_end(text, m), issuer, block)
        for m in _mention().finditer(text, s, e):
            by = _SIGNED_BY.match(text, m.end())
            if by is not None:
                agent = _agent(text, by.end(), e)
                if (
                    m["det"].lower() in ("a", "an")
                    and re.fullmatch(_HEAD, m["noun"])
                    and (agent is None or SUMMIT_GROUP.search(agent) is None)
                ):
                    continue  # "a statement issued by the army's press office": its own news
                issuer = _named_agent(agent) or default_issuer(doc)
                self.add(m.start("noun"), _named_end(text, m), issuer, block)

    def outcome(self, s: int, e: int, block: Block) -> None:
        """What a summit ended with or adopted, named later in the sentence.

        "The talks ended with the adoption of papers, including the Riga Declaration, ...",
        "X has ended ..., with ... a summit declaration".
        """
        doc, text = self.doc, self.text
        cue = _outcome().search(text, s, e)
        if cue is None:
            return
        issuer = None
        if cue["end"] or (cue["cue"] or "").lower().endswith("with"):
            issuer, _ = _issuer(doc, _subject(doc, s, cue.start()))
        issuer = issuer or default_issuer(doc)
        for m in _mention().finditer(text, cue.end(), e):
            noun = m["noun"]
            # "ended with the adoption of a communique": the cue's own object is the summit's.
            own = _own_object().fullmatch(text, cue.end(), m.start()) is not None
            if noun[0].isupper() or len(noun.split()) > 1 or own:
                self.add(m.start("noun"), _named_end(text, m), issuer, block)

    def cited(self, s: int, e: int, block: Block) -> None:
        """A statement as a source: "According to the closing communique, members will ...".

        The clause after the comma is a point. A bare "the statement" is one adopted earlier;
        a modified or named one ("the closing communique") is new unless already found.
        """
        text = self.text
        stating = None
        m = _source().match(text, s, e) or _reported().match(text, s, e)
        if m is None:
            m = stating = _stating().match(text, s, e)
        if m is None:
            return
        noun = m["noun"]
        det = m["det"].lower()
        bare = _BARE_HEAD.fullmatch(noun) is not None
        # "A communique issued after the talks said": new, and the meeting's.
        tied = det in ("a", "an") and _TIED.search(m["tail"] or "") is not None
        if det in ("a", "an") and not tied and (re.fullmatch(_HEAD, noun) or m.re is not _source()):
            # "In a statement, the ministry said", "A joint statement condemned X": whose it
            # is goes untold, unless a participle ties it to the meeting.
            return
        earlier = [st for st in self.doc.statements if st.start < s]
        same = [st for st in earlier if (st.topic or "").lower() == norm(noun).lower()]
        if stating is not None and bare and not same and not tied:
            return  # "The statement calls for Y": read with the statement found before, if near
        if same:
            st: StatementDraft | None = same[-1]
        elif bare and det not in ("a", "an") and (earlier or det == "the"):
            st = earlier[-1] if earlier else None  # "In the statement,": one found before
        else:
            st = self.add(m.start("noun"), _named_end(text, m), default_issuer(self.doc), block)
        if st is None:
            return
        # "The X Declaration calls for Y", told after the statement: Y follows the points read
        # around the statement itself, whatever stands between (``find_statements`` adds them).
        points = self.later.setdefault(id(st), []) if stating is not None else st.points
        listed = _listed_points(self.doc, block, e, m.end())
        # "In the statement, the prime ministers" over "- condemn X": the sentence breaks off
        # into the list, whose items are its points; the words before it hold none.
        into_list = (
            listed is not None and _first_verb(self.doc, m.end(), e, lexicon().point_verbs) is None
        )
        said = _SAID.match(text, m.end(), e)
        if said is not None:
            # "In a joint statement, the leaders said they would ...": the issuer, then the point.
            st.issuer = st.issuer or norm(said["who"])
            points.extend(_clause_points(self.doc, said.end(), e))
        elif (who := _GROUP_SUBJECT.match(text, m.end(), e)) is not None:
            # "In their communique, the leaders (also) pledged A and welcomed B": the leaders
            # issued it, and each verb after them opens a point.
            st.issuer = st.issuer or re.sub(r"^[Tt]he\s+", "", norm(who.group()))
            at = who.end()
            that = re.match(r"\s*(?:also\s+)?[a-z]+\s+that\s+", text[at:e])
            if that is not None and that.group().split()[-2] in lexicon().point_verbs:
                at += that.end()  # "stressed that X": X
            points.extend(_verb_points(text, at, _clause_end(text, at, e), lexicon().point_verbs))
        elif not into_list:
            points.extend(_clause_points(self.doc, m.end(), e))
        if listed is not None:
            points.extend(listed)  # "In the communique, the leaders:" and a list

    def in_it(self, s: int, e: int) -> None:
        """Points of the statement adopted just before: "In it, they called on X and urged Y"."""
        text = self.text
        m = _IN_IT_POINTS.match(text, s, e)
        if m is None:
            return
        earlier = [st for st in self.doc.statements if st.start < s]
        if not earlier or text.count(".", earlier[-1].end, s) > 1:
            return  # only the statement of the sentence before
        st = earlier[-1]
        said = _SAID.match(text, m.end(), e)
        if said is not None:
            st.points.extend(_clause_points(self.doc, said.end(), e))
            return
        who = _GROUP_SUBJECT.match(text, m.end(), e) or _THEY_SUBJECT.match(text, m.end(), e)
        if who is not None:
            at = who.end()
            st.points.extend(
                _verb_points(text, at, _clause_end(text, at, e), lexicon().point_verbs)
            )

    def according_after(self, s: int, e: int, block: Block) -> None:
        """A statement cited after its point, which is the clause before it.

        "X will host the next summit, according to the final communique read out by Y".
        """
        text = self.text
        m = _source_after().search(text, s, e)
        if m is None or self.taken.overlaps(m.start("noun"), m.end("noun")):
            return
        point = norm(text[s : m.start()].lstrip(" \t\n•·–—-"))
        if point:
            self.cited_after.append((m, point, block))

    def resolve_cited_after(self) -> None:
        """Give each statement cited after its point that point, found or new.

        "the final declaration" is the declaration the report names, before or after it.
        """
        for m, point, block in self.cited_after:
            noun = norm(m["noun"])
            found = self.doc.statements
            same = [st for st in found if (st.topic or "").lower() == noun.lower()]
            if not same and noun[:1].islower():
                same = [st for st in found if st.topic and _head(st.topic) == _head(noun)]
            if len(same) > 1:
                continue  # which of them goes untold
            if same:
                st: StatementDraft | None = same[0]
            elif _BARE_HEAD.fullmatch(noun) is not None:
                continue  # "according to the statement": whose, and which, goes untold
            else:
                st = self.add(m.start("noun"), m.end("noun"), default_issuer(self.doc), block)
            if st is not None:
                st.points.append(point)

    def anaphor(self, s: int, e: int) -> None:
        """A point of the statement: "a part of the declaration that would strengthen X"."""
        text = self.text
        for m in _anaphor().finditer(text, s, e):
            noun = m["noun"]
            if self.taken.overlaps(m.start("noun"), m.end("noun")):
                continue
            if _BARE_HEAD.fullmatch(noun) is None:
                continue
            earlier = [st for st in self.doc.statements if st.start < m.start()]
            if earlier:
                earlier[-1].points.extend(
                    _split_points(
                        text, m.end(), _clause_end(text, m.end(), e), lexicon().point_verbs
                    )
                )


def _subject(doc: Document, s: int, verb_at: int) -> tuple[int, int] | None:
    """The subject of a clause, without leading adverbials or trailing appositions.

    "Today, at the G20 Summit, A of X and leaders of Y, co-led by Z, issued" gives "A of X and
    leaders of Y"; "Following the summit, A, B and C adopted" gives "A, B and C".
    """
    text = doc.text
    dateline = story_dateline(text, s, verb_at)
    if dateline is not None:
        s = dateline.end()  # "PERTH – Leaders of ... adopted": the place is no part of it
    s, e = strip_span(text, s, verb_at)
    adverb = _BEFORE_VERB.search(text, s, e)
    if adverb is not None:
        e = adverb.start()
    if re.search(r"\sand$", text[s:e]):
        # "The leaders signed X and adopted the Y": the subject is before the first verb.
        first = _DECIDES.search(text, s, e)
        if first is not None:
            s, e = strip_span(text, s, first.start())
    parts = _segments(text, s, e)
    if parts and _PRONOUN_SUBJECT.fullmatch(text, *parts[-1]):
        # "As an expression of ..., and given ..., we have adopted": the pronoun is the subject.
        return parts[-1]
    while len(parts) > 1 and _ADVERBIAL.match(text, parts[0][0]):
        parts.pop(0)
    if not parts:
        return None
    # A list subject runs to the segment that holds its "and".
    for a, b in parts[:5]:
        if re.search(r"\band\b", text[a:b]):
            return (parts[0][0], b)
    return parts[0]


def _segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    depth = 0
    start = s
    for pos in range(s, e):
        c = text[pos]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            out.append(strip_span(text, start, pos))
            start = pos + 1
    out.append(strip_span(text, start, e))
    return [p for p in out if p[1] > p[0]]


def _issuer(doc: Document, span: tuple[int, int] | None) -> tuple[str | None, list[str]]:
    """The issuer's text and the countries it names; people become their roles and countries."""
    if span is None:
        return None, []
    text = doc.text
    s, e = span
    words = text[s:e].split()  # str.split() also splits at control separators ("\x1f")
    if not words:
        return None, []
    if words[0].lower() == "we" or words[-1].lower() == "we":  # "We ...", "Today we"
        # First person: the issuers a declaration names where it opens ("We, the Heads of State
        # and Government of ..., met in ..."), else nobody the text names.
        m = _WE_ARE.search(text, 0, min(len(text), _WE_ARE_REACH))
        if m is None:
            return None, []
        s, e = m.span("who")
    phrase = norm(text[s:e])
    phrase = re.sub(r"^(?:The|the)\s+", "", phrase)
    # "A controversial and partly boycotted Arab League summit": the name without the description.
    phrase = re.sub(r"^[Aa]n?\s+(?:[a-z][\w-]*,?\s+)*(?=[A-Z])", "", phrase)
    phrase = re.sub(r"\s+(?:also|have|has|had|then|jointly|subsequently)$", "", phrase)
    phrase = re.sub(r"\s+in\s+[A-Z][\w-]+$", "", phrase)  # "... in <city>"
    # "... on Monday", "... on March 6", "... on 6 March": when, not who.
    phrase = _ON_DAY_END.sub("", phrase)
    if not phrase or phrase.lower() in _NO_ISSUER:
        return None, []
    people = _people(doc, s, e)
    if len(people) >= 2 and _only_names(text[s:e], people):
        roles = {p.role for p in people}
        countries = [p.country for p in people if p.country]
        if len(roles) == 1 and None not in roles and len(countries) == len(people):
            role = roles.pop() or ""
            listed = ", ".join(countries[:-1]) + " and " + countries[-1]
            return f"{role}s of {listed}", countries
        return phrase, countries
    countries = _countries(doc, s, e)
    return phrase, countries if len(countries) >= 2 else []


def _people(doc: Document, s: int, e: int) -> list[Person]:
    found: list[Person] = []
    for _s, _e, p in doc.mentions_in(s, e):
        if p not in found:
            found.append(p)
    return found


def _only_names(phrase: str, people: list[Person]) -> bool:
    rest = phrase
    for p in people:
        rest = rest.replace(p.name, "")
    return not re.sub(r"[\s,]|\band\b", "", rest)


def _countries(doc: Document, s: int, e: int) -> list[str]:
    names: list[str] = []
    hits = [h for h in doc.hits_in(s, e) if h.end <= e]
    countries = [h for h in hits if h.has("country") and not h.has("org")]
    first = countries[0].start if countries else e
    last = countries[-1].start if countries else s
    for h in hits:
        name = None
        if h.has("country") and not h.has("org"):
            name = h.get("country").name
        elif (h.has("org") or h.has("acronym")) and len(countries) >= 2 and first < h.start < last:
            # An organisation listed among countries ("Denmark, the European Union, France").
            org = h.get("org") if h.has("org") else h.get("acronym")
            if not org.bodies or org.members:
                name = org.name
        if name and name not in names:
            names.append(name)
    return names


def _subtitle_end(text: str, end: int) -> int:
    """The end of a named statement with its "of" tail and quoted subtitle, if they follow."""
    tail = _NAME_OF.match(text, end)
    end = tail.end() if tail else end
    m = _SUBTITLE.match(text, end)
    return m.end() if m else end


def _named_end(text: str, m: re.Match[str]) -> int:
    """The end of a matched statement noun; a named one keeps its quoted subtitle."""
    end = m.end("noun")
    return _subtitle_end(text, end) if m["noun"][0].isupper() else end


def _agent(text: str, at: int, e: int) -> str | None:
    """The agent of "... signed by X" when "by" follows at ``at``."""
    m = re.compile(r"\s+by\s+").match(text, at, e)
    if m is None:
        return None
    stop = _AGENT_END.search(text, m.end(), e)
    end = stop.start() if stop else e
    verb = _agent_verb().search(text, m.end(), end)
    return norm(text[m.end() : verb.start() if verb else end]) or None


def _named_agent(agent: str | None) -> str | None:
    """An agent that names an issuer: not "all member nations", "both sides"."""
    if agent is None or re.match(r"(?i:all|both|each|every)\b", agent):
        return None
    return agent


def _clause_end(text: str, s: int, e: int) -> int:
    """The end of a clause: a semicolon or the end of the sentence."""
    semi = text.find(";", s, e)
    return semi if semi >= 0 else e


def _clause_points(doc: Document, s: int, e: int) -> list[str]:
    """The points of a clause: split at its point verbs after a short subject, else whole."""
    text = doc.text
    verbs = lexicon().point_verbs
    e = _clause_end(text, s, e)
    verb = _first_verb(doc, s, e, verbs)
    if verb is not None and len(text[s:verb].split()) <= _SUBJECT_WORDS:
        that = re.match(r"\w+\s+that\s+", text[verb:e])
        if that is None and verb > s and text[verb - 1] in '“"':
            # 'had “noted with concern” X': a quote that closes within the point is the point's;
            # one that takes the whole point is dropped with it ('say the states “commit to X.”').
            close = CLOSE_QUOTE.search(text, verb, e)
            if close is not None and text[close.end() : e].strip(' .,”"'):
                verb -= 1
        return _verb_points(text, verb + (that.end() if that else 0), e, verbs)
    # "(agreed) to A, to B, and to C": one point each, what was agreed.
    points = [norm(text[a:b].rstrip(".").strip()) for a, b in infinitives(text, s, e)]
    return [p for p in points if p and not p.endswith(":")]


def find_statements(doc: Document) -> None:
    """Find the statements adopted, with issuers, countries and points."""
    text = doc.text
    lex = lexicon()
    finder = _Finder(doc)
    # Every pattern below needs a word of the cue family "statements.trigger" ([cues] in
    # lexicon.toml), found once by the mentions stage.
    cues = doc.cue_index()
    trigger = cues.bit("statements.trigger")
    blocks = [
        b
        for b in doc.blocks
        if (b.kind in BODY_KINDS and b.kind is not BlockKind.TURN)
        or b.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST)
    ]
    turns = [b for b in doc.blocks if b.kind is BlockKind.TURN]
    starless = ""
    for b in sorted([*blocks, *turns], key=lambda x: x.start):
        turn = b.kind is BlockKind.TURN
        for s, e in block_sentences(doc, b.start, b.end):
            if not turn:
                finder.in_it(s, e)  # "In it, they ...": the statement is the sentence before's
            if not cues.overlapping(s, e) & trigger:
                continue  # no word of a statement: no pattern below can match
            if turn:
                # A transcript speaks of statements loosely; only "we adopted ..." or "the
                # leaders adopted ..." is adoption.
                for m in _adopted().finditer(text, s, e):
                    subject = _subject(doc, s, m.start()) or (s, s)
                    if _PRONOUN_SUBJECT.fullmatch(text, *subject) or SUMMIT_GROUP.search(
                        text, *subject
                    ):
                        finder.adoption(m, s, e, b)
                continue
            for m in _COUNTED.finditer(text, s, e):
                items = split_list(text, m.end(), e)
                count = lex.statement_numbers.get(m["count"].lower())
                if count is not None and count != len(items):
                    doc.warnings.append(
                        f"{m['count']} statements announced but {len(items)} listed "
                        f"(offset {m.start()})"
                    )
                issuer, countries = _issuer(doc, _subject(doc, s, m.start()))
                for a, z in items:
                    on = re.match(r"on\s+", text[a:z])
                    start = a + (on.end() if on else 0)
                    finder.add(start, z, issuer or default_issuer(doc), b, countries=countries)
            for m in _COUNTED_APPOSED.finditer(text, s, e):
                # "Two Joint Statements, on A and on B, were adopted": one statement a topic.
                issuer = default_issuer(doc)
                for a, z in _on_items(text, m.start("items"), m.end("items")):
                    finder.add(a, z, issuer, b)
            finder.cited(s, e, b)
            finder.according_after(s, e, b)
            for m in _adopted().finditer(text, s, e):
                finder.adoption(m, s, e, b)
            for m in _NAMED.finditer(text, s, e):
                # "the Declaration on a Partnership for Growth": a named declaration, whose full
                # name is its topic (a lower-case "declaration on X" is about X, above).
                a, z = m.start("name"), m.end("name")
                issuer = _named_issuer(text[a:z]) or default_issuer(doc)
                finder.add(a, z, issuer, b)
            source = text
            if text.find("*", s, e) >= 0:
                # Stars read as spaces: the text copied once a parse, not once a sentence.
                starless = starless or text.replace("*", " ")
                source = starless
            for m in _PRINCIPLES.finditer(source, s, e):
                issuer = doc.meta.get("acronym") or default_issuer(doc)
                finder.add(m.start("topic"), m.end("topic"), issuer, b)
            if _ADOPTION_IN.search(text, s, e):
                for m in _ALSO.finditer(text, s, e):
                    a = m.end()
                    finder.add(a, _topic_end(text, a, e), default_issuer(doc), b)
            finder.passive(s, e, b)
            for m in _CONCLUDING.finditer(text, s, e):
                if m["prep"] and m["rest"]:
                    a = m.start("rest")
                    finder.add(a, _topic_end(text, a, m.end("rest")), default_issuer(doc), b)
                else:
                    finder.add(m.start("noun"), m.end("noun"), default_issuer(doc), b)
            finder.outcome(s, e, b)
            finder.anaphor(s, e)
    finder.resolve_cited_after()
    _listed(doc, finder, blocks)
    doc.statements.sort(key=lambda st: st.start)
    _drop_summarised(doc, finder.described)
    _points(doc, blocks)
    for st in doc.statements:
        st.points.extend(finder.later.get(id(st), ()))
        st.points[:] = _unmerged(list(dict.fromkeys(st.points)))


def _unmerged(points: list[str]) -> list[str]:
    """The points without one read whole that others read split: "A, called for B and C".

    Nor one read with its short subject that another reads without: "both sides remain X".
    """
    return [
        p
        for p in points
        if sum(q != p and q in p for q in points) < 2
        and not any(
            q != p and p.endswith(q) and len(p[: -len(q)].split()) <= _SUBJECT_WORDS for q in points
        )
    ]


_HEAD_WORD: Final = re.compile(_HEAD)


def _head(phrase: str) -> str:
    """A statement noun's head word, singular and unaccented: "declaration", "communique"."""
    found = _HEAD_WORD.search(phrase)
    word = found.group() if found else phrase.rsplit(maxsplit=1)[-1]
    return word.lower().removesuffix("s").replace("é", "e")


def _drop_summarised(doc: Document, described: dict[int, str]) -> None:
    """Drop a headline's or standfirst's "a declaration on X" that the body names.

    A summary above the story retells what the story reports: when the body names a
    declaration ("the Tallinn Declaration"), the standfirst's "a joint declaration on Y" is
    that one, not a second.
    """
    named = {
        _head(st.topic)
        for st in doc.statements
        if id(st) not in described
        and st.topic
        and st.topic[0].isupper()
        and st.block is not None
        and st.block.kind in BODY_KINDS
    }
    doc.statements[:] = [
        st
        for st in doc.statements
        if not (
            described.get(id(st)) in named
            and st.block is not None
            and st.block.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST)
        )
    ]


# A sentence that leads from a statement into its points: "In the document, the leaders:".
_IN_IT: Final = re.compile(
    r"(?i:in|under|through)\s+(?:(?i:the|this|that|its|their)\s+(?:(?i:final|joint|closing)\s+)?"
    r"(?i:document|text|declaration|statement|communiqu[eé])|it),"
)
# The end of a sentence before a list's lead: it leads from somewhere else.
_MORE: Final = re.compile(r"[.!?][”\"’]?\s")
# A lower-cased topic that ends in its noun: "kathmandu declaration".
_NAMED_HEAD: Final = re.compile(rf"\b{STATEMENT_NOUN}$")


def _listed(doc: Document, finder: _Finder, blocks: list[Block]) -> None:
    """Statements named as items of a list of adopted documents.

    "The leaders adopted the following documents:" then "- Joint Declaration of X", "- Joint
    Statement on Y": each item in the first item's marker style that is a statement's title.
    """
    text = doc.text
    for b in blocks:
        if not text[max(b.start, b.end - 4) : b.end].rstrip().endswith(":"):
            continue
        lead = LIST_LEAD.search(text, max(b.start, b.end - LIST_LEAD_REACH), b.end)
        if lead is None:
            continue
        # "the following documents were adopted" names nobody; "the leaders adopted" does.
        issuer = None
        if not re.match(r"(?i:the\s+)?following\b", text[lead.start() : lead.end()]):
            issuer, _ = _issuer(doc, _subject(doc, b.start, lead.start()))
        issuer = issuer or default_issuer(doc)
        for x, a, z in _items(doc, b):
            if STATEMENT_TITLE.match(text, a, z):
                finder.add(a, z, issuer, x)


def _items(doc: Document, lead: Block) -> list[tuple[Block, int, int]]:
    """The items of the list ``lead`` leads into, each with its text's span.

    The paragraphs after it marked in the first one's style; the mark and a closing "; and" are
    left out of the span.
    """
    text = doc.text
    style: str | None = None
    out = []
    for k in range(lead.index + 1, len(doc.blocks)):
        x = doc.blocks[k]
        item = item_mark(text, x)
        if (
            x.section != lead.section
            or x.kind not in BODY_KINDS
            or item is None
            or style not in (None, item[0])
        ):
            break
        style, a = item
        e = _ITEM_END.search(text, a, x.end)
        out.append((x, a, e.start() if e is not None else x.end))
    return out


def _shortened(short: str, full: str) -> bool:
    """Whether the lower-cased topic ``short`` is a named statement's ``full`` name cut short."""
    return (
        full.startswith(short + " ")
        and _NAMED_HEAD.search(short) is not None
        and len(short.split()) >= 2  # "declaration" alone names none
    )


def _named_issuer(name: str) -> str | None:
    m = re.search(
        r"\b(?:of|by)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*?Heads\s+of\s+State(?:\s+of\s+"
        r"(?:the\s+)?(?:[A-Z][\w-]*\s*)+)?)",
        name,
    )
    return norm(m.group(1)) if m else None


def _points(doc: Document, blocks: list[Block]) -> None:
    """What each statement says: the rest of its sentence and the sentences that report it."""
    text = doc.text
    verbs = lexicon().point_verbs
    starts = sorted(st.start for st in doc.statements)
    position = {id(x): n for n, x in enumerate(blocks)}
    for st in doc.statements:
        b = st.block
        if b is None:
            continue
        later = bisect.bisect_right(starts, st.start)
        nxt = starts[later] if later < len(starts) else None
        # The rest of the statement's own sentence: "..., which laid a new basis for ...".
        sent = next(
            ((s, e) for s, e in block_sentences(doc, b.start, b.end) if s <= st.start < e), None
        )
        if sent is not None:
            rel = _relative().search(text, st.end, sent[1])
            part = _PARTICIPLE.match(text, st.end, sent[1])
            if part is not None and part["word"] not in lexicon().not_participles:
                # "a joint statement backing open shipping lanes": the participle is the point.
                a = part.start("word")
                st.points.extend(_split_points(text, a, _topic_end(text, a, sent[1]), verbs))
            elif (
                rel is not None
                and not text[rel.end() : rel.end() + 1].isupper()
                # "The communique states that X", "The declaration notes that X": X is read as
                # the cited statement's point.
                and _reported().match(text, sent[0], sent[1]) is None
                and _stating().match(text, sent[0], sent[1]) is None
            ):
                # A capital after "that" is the subject of an object clause ("a declaration
                # that Iraq refused to endorse"), which says nothing of the content.
                end = _clause_end(text, rel.end(), sent[1])
                st.points.extend(_verb_points(text, rel.end(), end, verbs))
        at = position.get(id(b), len(blocks))
        follow = []
        for x in blocks[at:]:
            if x.section != b.section:
                break
            follow.append(x)
        listed = None
        if sent is not None:
            listed = _listed_points(doc, b, sent[1], st.end)
            rest = text[sent[1] : b.end].strip()
            if listed is None and _IN_IT.match(rest) and not _MORE.search(rest):
                # "... adopted the X Declaration. In the document, the leaders:" then the list.
                listed = _listed_points(doc, b, b.end, sent[1])
        if listed is not None:
            st.points.extend(listed)
            continue
        stop = False
        # A statement in the headline is what the report is about: its lead paragraphs are read
        # up to the next statement, also past a paragraph that does not speak of it.
        lead = b.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST)
        # The first body paragraph under such a headline retells it: a short subject and a
        # point verb there ("Russia and ASEAN states confirmed that ...") give a point too.
        first = next((x for x in follow if x.kind in BODY_KINDS), None) if lead else None
        for x in follow:
            if x.index > b.index and x is not first and not _about(text, st, x.start, x.end):
                if lead:
                    continue
                break
            for s, e in block_sentences(doc, x.start, x.end):
                if sent is not None and s <= sent[0]:
                    continue
                if (nxt is not None and s <= nxt < e) or doc.touches_speech(s, e):
                    stop = True
                    break
                verb = _first_verb(doc, s, e, verbs)
                retold = (
                    x is first and verb is not None and len(text[s:verb].split()) <= _SUBJECT_WORDS
                )
                if not (retold or _about(text, st, s, e) or _issuer_start(text, st, s)):
                    continue
                verb_end = text.find(" ", verb, e) if verb is not None else -1
                if verb is None or _DECIDES.search(text, s, e if verb_end < 0 else verb_end):
                    # "The parties agreed to extend X and took note of Y", "Leaders also endorsed
                    # the Charter": a decision of the parties, not what the statement says.
                    continue
                listed = _countries(doc, s, verb)
                if len(st.countries) < 2 and len(listed) >= 2:
                    st.countries = listed
                that = re.match(r"\w+\s+that\s+", text[verb:e])
                st.points.extend(_split_points(text, verb + (that.end() if that else 0), e, verbs))
            if stop:
                break


def _about(text: str, st: StatementDraft, s: int, e: int) -> bool:
    """Whether the sentence at ``s`` opens with the statement as its subject.

    "The declaration ...", "They ...", or the statement by its name: "The Kisumu Declaration
    calls for ...".
    """
    if _POINT_SUBJECT.match(text, s):
        return True
    m = _stating().match(text, s, e)
    return m is not None and norm(m["noun"]).lower() == (st.topic or "").lower()


def _issuer_start(text: str, st: StatementDraft, at: int) -> bool:
    """Whether the sentence at ``at`` opens with the statement's issuer."""
    if not st.issuer:
        return False
    first = st.issuer.split()[0].lower()
    head = text[at : at + 40].lower()
    return head.startswith(("the " + first, first))


def _first_verb(doc: Document, s: int, e: int, verbs: frozenset[str]) -> int | None:
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    within = toks.within(s, e)
    for n in within:
        if toks.keys[n] in verbs:
            return toks.starts[_copula(toks.keys, n, within.start)]
    return None


#: Verbs after which a participle is an adjective: "remain (fully) committed to X".
_COPULAS: Final = frozenset(
    {"remain", "remains", "remained", "is", "are", "was", "were", "be", "been", "being", "stay"}
)


def _copula(keys: Sequence[str], n: int, first: int) -> int:
    """The copula before token ``n`` (an adverb in "-ly" between them at most), else ``n``.

    "both sides remain fully committed to X": the point is "remain fully committed to X".
    """
    k = n - 1
    if k >= first and keys[k].endswith("ly"):
        k -= 1
    return k if k >= first and keys[k] in _COPULAS else n


@functools.cache
def _next_point(verbs: frozenset[str]) -> re.Pattern[str]:
    # "reaffirms A, calls for B, and expresses C": a comma alone also opens the next point.
    # 'remain "committed to X," called for Y': the comma inside the closing quote.
    return re.compile(
        rf"(?:(?<=,[”\"])\s+(?:and\s+)?|,\s+(?:and\s+)?|\s+and\s+)(?:also\s+)?"
        rf"(?=(?:{alternation(verbs)})\b)"
    )


def _verb_points(text: str, s: int, e: int, verbs: frozenset[str]) -> list[str]:
    """The points of a predicate: one a point verb, or one an infinitive after a single verb.

    "pledged to A, to B, and to C" gives A, B and C; "condemned A, called for B" two points.
    """
    while s < e and text[s].isspace():
        s += 1
    pledge = _VERB_TO.match(text, s, e)
    items = infinitives(text, pledge.end(), e) if pledge is not None else []
    if len(items) > 1:
        return [norm(text[a:z].rstrip(".").strip()) for a, z in items]
    return _split_points(text, s, e, verbs)


#: A verb and the infinitives it governs: "pledged to expand X" ("refers to the X" is none).
_VERB_TO: Final = re.compile(
    r"[a-z]+\s+(?=to\s+(?!(?:the|a|an|its|their|this|these|those)\b)[a-z])"
)


def _split_points(text: str, s: int, e: int, verbs: frozenset[str]) -> list[str]:
    object_verbs = lexicon().object_verbs
    out = []
    for part in _next_point(verbs).split(text[s:e]):
        words = part.split(None, 1)
        if not words:
            continue
        body = part
        # "express concern over X" keeps "concern over X"; "condemn X", "call on X" keep the verb.
        if words[0].lower() in object_verbs and len(words) > 1:
            body = words[1]
        body = re.sub(r"^(?:also\s+|strongly\s+)", "", body.strip())
        body = _unpaired_close(norm(body.rstrip(".").strip()))
        if body and not body.endswith(":"):  # "in which they:" leads a list of the points
            out.append(body)
    return out


def _unpaired_close(point: str) -> str:
    """A point without the closing quote mark of a quote opened before it, and its full stop.

    'both unions "commit to X."' split at its verb gives 'commit to X', not 'commit to X."'.
    """
    if point.endswith(("”", '"')) and point.count('"') + point.count("“") + point.count("”") == 1:
        return point[:-1].rstrip(".,").rstrip()
    return point


# What ends a list's item besides its text: "...;", "...; and", "..., and", ".".
_ITEM_END: Final = re.compile(r"(?:\s*[;,.]\s*(?:and|or)?)?\s*\Z")


def _listed_points(doc: Document, lead: Block, end: int, since: int) -> list[str] | None:
    """The points of a list that ``lead`` leads into at ``end``, or None.

    The lead ends in a colon, or a paragraph breaks off with no punctuation: the items finish
    its sentence. A verb of deciding in its last clause after ``since`` (the statement's words)
    makes the items what was decided: "endorsed the X Declaration and approved:", "the leaders
    decided:".

    "..., states that the Heads of State:" then "- welcomed X;", "- urged Y.": the items marked
    in the first item's style are the points.
    """
    text = doc.text
    last = text[lead.start : end].rstrip()[-1:]
    # A lead whose sentence breaks off into the list ("In the statement, the prime ministers"
    # over "- condemn X", "- commit to Y") leads into it as a colon does.
    broken = (
        last.isalpha()
        and lead.kind is BlockKind.PARAGRAPH
        and LIST_MARK.match(text, lead.start, lead.end) is None  # an item leads no list
    )
    if text[end : lead.end].strip() or not (last == ":" or broken):
        return None
    # In the lead's last clause: "The declaration, signed by the leaders, states that they:"
    # is the declaration's.
    if _DECIDES.search(text, max(since, text.rfind(",", since, end) + 1), end):
        return None
    verbs = lexicon().point_verbs
    items = _items(doc, lead)
    points: list[str] = []
    for _x, a, z in items:
        verb = _first_verb(doc, a, z, verbs)
        if verb == a:  # the item's own verb: "welcomed X", not "renewed their call for X"
            that = re.match(r"\w+\s+that\s+", text[verb:z])
            points.extend(_split_points(text, verb + (that.end() if that else 0), z, verbs))
        elif text[a:z].strip():
            points.append(norm(text[a:z]))
    return points if items else None
