"""Decisions: what the summit decided, signed, passed, awarded, instituted or declared.

Each body sentence is read for:

- enumerations of documents ("The documents signed include resolutions on A; on B; as well as on
  C", "signed the following resolutions: A, B and C", "among them A; B"), one decision per item;
- one document signed or passed ("passed a treaty on ...", "signed an agreement on ...");
- decisions as such ("It was decided that ...", "A decision was made in favour of ...", "decided
  to ...", "approved measures to ..."), passives ("the Statute ... was approved") and
  instructions ("charged the ministers to ...");
- institutions ("instituted a medal ...", "set up a working group"), designations ("... has been
  declared the cultural capital ..."), awards ("awarded X with the Order of ...") and
  presidencies ("the rotating Presidency ... will pass from A to B").

The kind comes from the item's head noun, as listed in ``lexicon.toml``; subjects are filled only
where the pattern makes them plain (the country taking over, the person awarded, the thing
instituted or designated, the partner of an agreement).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

from .._document import BODY_KINDS, BlockKind, DecisionDraft, Document
from ..layout.blocks import BULLETS, MONTH_NAMES, story_dateline, story_paragraph
from ..mentions.lexicon import lexicon
from ..resolution.speakers import another_office, person_in
from ._text import (
    BARE_DOCUMENT,
    CLOSE_QUOTE,
    DOC_NOUNS,
    LIST_LEAD,
    LIST_LEAD_REACH,
    LIST_MARK,
    ON_BEHALF,
    PAIR,
    SIDES,
    STATEMENT_NOUNS,
    STATEMENT_TITLE,
    SUMMIT_GROUP,
    Taken,
    alternation,
    block_sentences,
    cut_attribution,
    determined_series,
    infinitives,
    item_mark,
    mark_style,
    norm,
    split_list,
    strip_span,
    summit_year,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .._document import Block, Person

__all__ = ["classify_decision", "find_decisions"]

_YEAR: Final = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "in 2019", "in March 2019": when a thing told happened. Not "since 2019", a state held until now.
_IN_YEAR: Final = re.compile(r"\bin\s+(?:[A-Z][a-z]+\s+)?(?P<year>1[89]\d\d|20\d\d)\b")
#: A person's mention: its span and the person.
_Mention = tuple[int, int, "Person"]
# "The documents signed include", "Other documents concern", "A number of documents deal with".
_ENUM_SUBJECT: Final = re.compile(
    rf"\b{DOC_NOUNS}(?:\s+(?!include|concern|deal|cover|as\s+well\b|(?:and|or)\s+(?:include|"
    rf"concern|deal|cover))[\w’'-]+){{0,8}}?\s+"
    r"(?:include[sd]?|including|concern(?:s|ed)?|deal(?:s|t)?\s+with|cover(?:s|ed)?)\s+",
    re.IGNORECASE,
)
# After the verb: "signed a package of documents, including", "signed the following
# resolutions of X:", "signed a number of other documents, in particular, on".
_ENUM_AFTER_VERB: Final = re.compile(
    r"\b(?:signed|adopted|approved|endorsed|ratified|passed|concluded|agreed\s+on|adoption\s+of|"
    r"signing\s+of|"
    # The list belongs to the document: the words between never open another clause
    # ("the adoption of a communique, although several governments, including X, insisted").
    # A colon inside a quoted title ("X: From Plans to Projects") opens no list.
    r"approval\s+of)\s(?:(?!(?:although|though|while|whereas|but|when)\b)[^.;:—\"“”]){0,120}?"
    r"(?:[:—]\s*|,?\s+"
    r"(?:including|among\s+them|in\s+particular,?(?:\s+on)?|namely)\s+)|\b(?:signed|adopted|"
    r"approved|passed)\s+(?:a\s+number\s+of\s+)?(?:other\s+)?(?:documents|resolutions|decisions)\s+"
    r"(?=on\s)",
    re.IGNORECASE,
)
# "These included ...", "Among them were ...", after a sentence about documents adopted.
_ENUM_PRONOUN: Final = re.compile(
    r"\b(?:(?:These|They|Those)\s+(?:documents\s+)?included|"
    r"Among\s+(?:them|these|those)\s+(?:are|were))\s+"
)
# The list as the inverted subject: "Among the decisions taken by the council were ...". What
# was only discussed or proposed is no decision.
_ENUM_AMONG: Final = re.compile(
    rf"\bAmong\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{DOC_NOUNS}|outcomes|deliverables)\b"
    r"(?:(?!discuss|propos|consider|mention|debat|review)[^.;:]){0,80}?\s+(?:were|are|was|is)\s+"
)
_DOCS_BEFORE: Final = re.compile(
    rf"\b(?:signed|adopted|approved|passed|concluded)\b[^.]{{0,80}}\b{DOC_NOUNS}\b[^.]*\.\s*$",
    re.IGNORECASE,
)
_ENUM_PASSIVE: Final = re.compile(
    r"\b(?:have|has|had)\s+been\s+(?:signed|adopted|approved|passed),?\s+(?:among\s+them|"
    r"including|in\s+particular)\s+",
    re.IGNORECASE,
)
# A document as the object of a verb of signing, looked at ahead of the object.
_DOCUMENT_AHEAD: Final = (
    r"(?=(?:a|an|the|two|three|four|five)\s+(?:[\w-]+\s+){0,3}?(?:treaty|agreement|memorandum|"
    r"convention|protocol|programme|program|plan|strategy|concept|charter|roadmap|road\s+map|"
    r"directive|resolution|decision|accord|pact|compact|deal|framework|act|code\s+of\s+conduct)\b|"
    # Plural documents need no determiner: "signed bilateral trade agreements".
    r"(?!(?:up|off|on|onto|into|to|by|at|in|with|for|as)\b)(?:[\w-]+\s+){0,3}?(?:treaties|"
    r"agreements|memorandums|memoranda|conventions|protocols|accords)\b)"
)
_SIGNED_ONE: Final = re.compile(
    r"\b(?:passed|signed|adopted|approved|concluded|ratified|endorsed|initialled)\s+"
    + _DOCUMENT_AHEAD,
    re.IGNORECASE,
)
# The verbs of ``_SIGNED_ONE`` by which the sides of a side meeting conclude a document.
_SIGNING_VERBS: Final = frozenset({"signed", "concluded", "initialled"})
_DECIDED: Final = re.compile(
    r"\b(?:it\s+was\s+decided\s+(?:that\s+|to\s+)|a\s+decision\s+was\s+(?:made|taken)\s+"
    r"(?:in\s+favou?r\s+of\s+|to\s+)|(?:decided|resolved)\s+to\s+|approved\s+(?:the\s+)?"
    r"decision\s+(?:on\s+|to\s+)|approved\s+(?=measures\b)|agreed\s+to\s+(?=\w+\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|treaty|programme|program|working\s+group|commission|"
    r"centre|center|fund)\b)|(?:charged|instructed|tasked|commissioned)\s+(?=the\s)|"
    # "The leaders agreed to open talks with X": what the summit's members agreed to do (checked
    # for a group subject below); agreeing to meet again is a meeting's, not a decision.
    r"(?<=agreed\sto\s)(?!meet\b|continue\b|discuss\b|work\s+together\b)(?=[a-z]))",
    re.IGNORECASE,
)
# A statement's content told as such: a relative clause on the document ("the X Declaration,
# in which they ..."), or the document fronted ("In a joint statement issued after the talks,").
# "According to the statement, the leaders agreed to ..." cites it for decisions: not a frame.
_CONTENT_RELATIVE: Final = re.compile(
    rf"\b{STATEMENT_NOUNS}\b[^.;]{{0,80}}?,\s+(?:in\s+which|wherein)\b", re.IGNORECASE
)
_CONTENT_FRONTED: Final = re.compile(
    rf"\W*In\s+(?:the|their|its|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?(?i:{STATEMENT_NOUNS})\b"
    r"[^.;]{0,80}?,"
)
_INSTITUTED: Final = re.compile(
    r"\b(?:instituted|established|set\s+up|created|founded|launched|inaugurated|inaugurating|"
    r"launching|(?:will|and)\s+launch|open\s+applications\s+for)\s+(?=(?:a|an|the|two|three|new|"
    r"its|their|our)\s)",
    re.IGNORECASE,
)
_DECLARED: Final = re.compile(
    r"\b(?:has\s+been|have\s+been|was|were|is|will\s+be)\s+(?:declared|designated|named|"
    r"proclaimed|given\s+the\s+status\s+of)\b|\bwill\s+take\s+over\s+the\s+post\b",
    re.IGNORECASE,
)
_PASSIVE: Final = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:approved|extended|adopted|ratified|endorsed|prolonged)\b",
    re.IGNORECASE,
)
#: A character of a name between a verb and "as": no clause's end, but the full stop of a
#: form of address or an initial ("H.E. Dr X", "Ana M. Ruiz").
_ABBREVIATED: Final = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:Dr|Mr|Ms|St))\.|(?<=\bMrs)\.)"
#: An office a ``_PRESIDENCY`` match names; the words before the last one may make it
#: another ("Vice Chair").
_OFFICE_WORD: Final = re.compile(r"\b(?:president|chair\w*)\b", re.IGNORECASE)
#: The verbs of ``_PRESIDENCY`` that choose a holder ("elected X as chair").
_CHOOSING: Final = frozenset({"elected", "re-elected", "endorsed", "designated", "named"})
_PRESIDENCY: Final = re.compile(
    r"\b(?:presidency|chairmanship|chairpersonship|chairship)\b[^.;,]{0,60}?\b(?:to\s+(?:the\s+)?[A-Z]|will\s+pass|"
    r"passes|passed|handed|hand(?:ing)?\s+over|transfer(?:red)?)\b|"
    r"\b(?:handed|hand(?:ing)?|passed)\s+over\s+the\s+"
    r"[\w\s-]{0,30}?(?:presidency|chairmanship|chairship)\s+to\b|\bwill\s+preside\s+over\b|"
    # "elected X as the forum's chairperson", "re-elected X as chairman of the bloc", "endorsed
    # X as chair of the council"; the name may hold a form of address ("H.E. Dr X").
    rf"\b(?:{alternation(_CHOOSING)})\s+{_ABBREVIATED}{{0,120}}?\bas\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:new\s+)?(?:chairman|chairperson|chairwoman|chair)\b|"
    rf"\b(?:re-)?elected\s+{_ABBREVIATED}{{0,120}}?\bas\s+(?:the\s+)?(?:new\s+)?president\s+of\b|"
    # "X was on Sunday elected Chairman of the Authority": the passive, its holder the subject.
    # A chair's office only: "was elected president of X" tells of a national vote as often;
    # "was elected Council President", a body's word before it, does not.
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:[^.;,\n]{0,40}?\s)?(?:re-)?elected\s+(?:as\s+)?"
    r"(?:the\s+)?(?:new\s+)?(?:(?:chairman|chairperson|chairwoman|chair)\s+of\b|"
    r"(?-i:(?:[A-Z][\w-]*\s+){1,3}(?:President|Chair|Chairman|Chairperson|Chairwoman)\b)|"
    # "was elected President of the 82nd Annual Session": the chair of a meeting.
    r"(?-i:President\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+|[A-Z][a-z]+(?:-[a-z]+)?\s+)"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Session|Meeting|Conference|Assembly|Summit)\b))|"
    # "took over the rotating chairmanship", "assumed the role of Chair-in-Office".
    r"\b(?:(?:assume|assumes|assumed|assuming)\s+|(?:took|takes|take|taking)\s+over\s+)the\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:co-)?(?:chairmanship|chairship|presidency|chair|role\s+of\s+chair[\w-]*|"
    # "take over the rotating coordination of the group": a rotating office by another name.
    r"(?<=rotating\s)(?:coordination|leadership))\b|"
    r"\b(?:becomes|became|become)\s+the\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:chair|chairman|chairperson|chairwoman|chair-in-office)\s+of\b|"
    r"\b(?:will|to)\s+(?:(?:co-)?chair|take\s+over\s+the\s+(?:chairmanship|presidency)\s+of)\s+(?:the\s+)?[A-Z]"
    r"[\w-]*(?:\s+in\s+\d{4})?|"
    # "X will hold the OSCE Chairpersonship in 2042".
    r"\bwill\s+hold\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:rotating\s+)?"
    r"(?:chairmanship|chairpersonship|chairship|presidency)\b(?:\s+(?:of|in)\s+[\w\s-]{1,40}?\d{4})?",
    re.IGNORECASE,
)
#: A holder's lower-case description before the name: "(awarded X to) retired general Y".
_DESCRIBED: Final = r"(?:(?!the\b)[a-z][\w-]*\s+){0,2}?"
# "awarded X with the Order of ...", "conferred the Lagoon Medal on X": an award's name, or
# its holder, after the verb.
_AWARD: Final = re.compile(
    r"\b(?:awarded|conferred)\s+(?=[A-Z]|(?:the|its|their)\s+(?:inaugural\s+|first\s+|annual\s+)?"
    r"[A-Z][^;:]{0,80}?"
    rf"\s(?:on|upon|to)\s+(?:the\s+)?{_DESCRIBED}[A-Z0-9])"
)
_ADOPTION: Final = re.compile(
    r"\b(?:adoption|signing|approval)\s+of\s+(?:the\s+)?(?:documents?|resolutions?|agreements?|"
    r"decisions?)\s+on\s+|\bthe\s+decision\s+to\s+(?:establish|set\s+up|create)\s+",
    re.IGNORECASE,
)
# Where a decision's own words end inside a sentence.
_CLAUSE_CUT: Final = re.compile(
    r",?\s+(?:in\s+recognition\s+of|in\s+response\s+to|in\s+order\s+to|so\s+as\s+to|to\s+note|to\s+mark|which\b|"
    r"who\b|whose\b|whereby\b|while\b|whereas\b|aimed\s+at|with\s+the\s+aim\s+of|"
    r"as\s+a\s+result\s+of|in\s+part\s+by|"
    r"at\s+(?:our|the|its)\s+first|in\s+the\s+coming\b|developed\s+with\b)|,\s+(?:and|but)\s+"
    r"(?:we|the|they|it|he|she|took)\b|"
    r",\s+(?:but|when|after|amid|despite|following)\b|"
    # "approved a plan for X, created a working group on Y and ...": the next verb of a series.
    r",\s+(?=(?:created|established|launched|approved|adopted|endorsed|signed|elected|"
    r"appointed|renewed|set\s+up)\s+(?:a|an|the)\s)|"
    # "..., and a memorandum was signed": a clause of its own, with its own verb.
    r",\s+and\s+(?=(?:a|an)\s+[^,;.]{0,80}?\s(?:was|were|will|is|are|has|have)\s)|"
    # "..., and Prime Minister X invited ...": a named subject's own verb.
    r",\s+and\s+(?=(?:[A-Z][\w’'-]*\s+){1,5}(?:[a-z]+ed|said|told|met|will|would|was|were)\b)|"
    # "..., as the 67th session closed here", "..., at a summit in X that ...": when and where
    # it was decided, not what.
    r",\s+as\s+(?:the|a|an|its|their)\s+[^,;.]{0,120}?\s(?:closed|ended|opened|began|concluded|"
    r"wrapped\s+up|drew\s+to)\b|"
    r",\s+at\s+(?:a|the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|meeting|session)\b|"
    # "..., allowing X to ...": a participle's clause about it (an enumeration is not cut).
    r",\s+(?!including\b|according\b)[a-z]+ing\b|"
    # "..., a move the ministry called ...": an apposition that sums up the clause before it.
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:move|step|measure|decision|development)\s+"
    r"(?:(?:that|which|the|its|their|towards?)\b|[A-Z])|"
    r"(?:,|\s+and)\s+(?:also\s+)?(?:took|charged|instructed|tasked|decided|"
    r"agreed|approved|signed|adopted|welcomed|noted|handed|transferred|(?:re-?)?elected|admitted|"
    r"designated|created|established|set\s+up|"
    r"declared|launched|renewed|extended|(?:re-?)?appointed|accepted|chose|named|discussed|reviewed|"
    r"exchanged|held|met|confirmed|directed|mandated|endorsed|ratified|reaffirmed|called|urged)\b|"
    # A full stop after a form of address ("the term of Dr. X") ends nothing.
    r";|:|(?<!\b(?:Dr|Mr|Ms|St))(?<!\bMrs)(?<!\bProf)[.!?](?=\s|$)|"
    # A trailing clause of speech: "..., with President X telling delegates that ...".
    r",\s+with\s+(?:[\w’'.-]+\s+){1,8}?(?:telling|saying|adding|noting|calling|urging|warning|"
    r"stressing|insisting|declaring)\b|"
    # A quote mark: a decision's words never run into or out of a quotation.
    r"[\"“”«»]|"
    # A trailing attribution: "..., the participants decided", "..., he said", "..., executive
    # secretary X told reporters".
    # The main verb after a relative clause: "X, whose country takes over the chair, said ...".
    r",\s+(?:said|says|told|added|called|urged|stressed|warned|announced)\b|"
    r",\s+(?:the\s+)?[\w ]{1,40}?\s+(?:said|says|decided|noted|agreed|announced|added|"
    r"reported|told|stated|stressed|explained)\b"
)
_ITEM_PREFIX: Final = re.compile(
    r"(?:(?:as\s+well\s+as|and|also)\s+)?(?:(?:a\s+|an\s+|the\s+)?(?:other\s+)?(?:documents?|"
    r"resolutions?|decisions?)\s+on\s+|in\s+particular,?\s+(?:on\s+)?|on\s+|the\s+[A-Z][\w-]*\s+member\s+(?:states|countries)[’']\s+|"
    # "3. that X will hold the chair": an item of "took the following decisions:".
    r"that\s+(?=[A-Z]))",
    re.IGNORECASE,
)
# Every pattern below needs a word starting with one of the words of the cue family
# "decisions.trigger"; each family of patterns (``run`` in ``_Finder.sentence``) runs only where
# a word of its own cue family "decisions.<family>" stands ([cues.decisions] in lexicon.toml,
# found once for all stages by the mentions stage). Keep the cue words in step with the patterns.
_CUES: Final = "decisions."


_THEY: Final = re.compile(r"\b(?:[Tt]hey|[Bb]oth|[Aa]ll)\b")
_CAPITAL_WORD: Final = re.compile(r"[A-Z][\w-]{3,}")
# Inside a quote only "we" decide: "nations who decided to stand together," X said.
_WE: Final = re.compile(r"\b[Ww]e\b")
# A bare "It" as a clause's subject, with its verb: "It also approved X", and so of "It
# approved X, adopted Y and endorsed Z" for each verb.
_IT: Final = re.compile(r"It(?:\s+(?:also|further|then|finally|subsequently|later))?\s+[a-z]+ed\b")
# A clause of its own between "It" and a verb, with a subject of its own.
_SUBORDINATE: Final = re.compile(r"\b(?:that|which|who|whose|whom|while|whereas)\b")
#: The determiners that open a noun phrase in a clause of time ("since the authority").
_DETERMINERS: Final = r"(?i:the|a|an|its|their)"
# What may stand before a sentence's subject: an opening adverbial and an article.
_OPENING_ADVERBIAL: Final = (
    r"(?:(?:At|In|On|During|After|Following|Upon|Later|Earlier|Today)\b[^,.;]{0,80},\s*)?"
)
_SUBJECT_START: Final = re.compile(_OPENING_ADVERBIAL + r"(?:[Tt]he\s+)?")
#: A subject that is one noun after "the", then the verb's adverbs: "The commission also".
_HEAD_SUBJECT: Final = re.compile(
    _OPENING_ADVERBIAL + r"[Tt]he\s+(?P<head>[A-Za-z]+)(?:\s+[a-z]+ly|\s+also|\s+then)*\s*\Z"
)
_ORDER: Final = (
    "presidency",
    "award",
    "treaty",
    "agreement",
    "programme",
    "designation",
    "establishment",
)


# A proper name: capitalised words, possibly joined by "of (the)" ("Council of Foreign Ministers").
# A later word of a name may open with an elided article: "Côte d’Ivoire".
_LATER_WORD: Final = r"\s+(?:[dl][’'])?[A-Z][\w’'-]*"
_NAME: Final = (
    rf"[A-Z][\w’'-]*(?:{_LATER_WORD})*(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:{_LATER_WORD})*)?"
)
# A place's country or region between commas after it: "Cusco, Peru," (the last comma may go).
_APPOSED_PLACE: Final = rf"(?:,\s+{_NAME},?)"
# Forms of address written short before a name: "H.E.", "Mr.", "Dr.".
_ADDRESS_ONE: Final = r"[A-Z][a-z]{0,2}\.\s*"
_ADDRESS: Final = rf"(?:{_ADDRESS_ONE}){{0,3}}"
# The office's new holder ends a handover's words ("... to Malaysia in 2027").
# "the President of the Republic of Ghana": an office of a state, named with two "of"s.
_OF_NAME: Final = rf"{_NAME}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
# The one elected: "elected Chile to the chair", "the election of the Republic of Chile to".
_ELECTED: Final = re.compile(rf"\b(?:election\s+of|elect(?:ed|ing|s)?)\s+(?:the\s+)?({_OF_NAME})")
#: A month names no holder: "for the period November 2041 to October 2042".
_NOT_MONTH: Final = rf"(?!(?:{MONTH_NAMES})\b)"
_RECIPIENT: Final = re.compile(
    rf"\bto\s+(?:the\s+)?{_NOT_MONTH}{_ADDRESS}{_OF_NAME}(?:\s+(?:in|for)\s+(?:1[89]\d\d|20\d\d)\b)?"
)
_ADVERB: Final = (
    r"(?:(?:also|just|today|now|jointly|formally|unanimously|in\s+principle|by\s+consensus|"
    r"by\s+acclamation)\s+)?"
)
# Who an award named first goes to: "conferred the X Medal on H.E. Dr. Y".
_AWARD_HOLDER: Final = re.compile(rf"\s(?:on|upon|to)\s+{_DESCRIBED}{_ADDRESS}(?P<name>{_NAME})")


def _opening(phrases: Iterable[str]) -> str:
    """:func:`alternation` of verbs that may also open a list's item: "- Approved the X;".

    Outside such items a capital verb opens a sentence with no subject before it, which the
    checks for the summit as subject reject.
    """
    phrases = list(phrases)
    return alternation([*phrases, *(p[:1].upper() + p[1:] for p in phrases)])


class _Cues:
    """The patterns built from the phrase lists of ``[decisions]`` in ``lexicon.toml``."""

    def __init__(self) -> None:
        cues = lexicon().decision_cues
        first = alternation(cues["first_person_verbs"])
        # "we approved", "we have endorsed today": the first person of a speech or transcript.
        self.we_approve = re.compile(
            rf"\b[Ww]e\s+(?:have\s+|had\s+)?{_ADVERB}(?:{first})\s+{_ADVERB}"
        )
        # "we also agreed to launch X", "we decided to hold X": what the speaker's side decided.
        self.we_decide = re.compile(
            rf"\b[Ww]e\s+(?:have\s+|had\s+)?{_ADVERB}(?:agreed|decided)\s+to\s+(?=[a-z])"
        )
        # Any object of an approval verb: "approved the accession of X".
        self.approve = re.compile(
            # "approved ICESCO's Action Plan": a body's possessive opens the object too.
            rf"\b(?:{_opening(cues['approval_verbs'])})\s+{_ADVERB}"
            r"(?=(?:the|a|an)\s|[A-Z][\w-]*[’']s\s)"
        )
        self.earlier = re.compile(rf"\b(?:{alternation(cues['earlier'])})\b", re.IGNORECASE)
        self.group = re.compile(rf"\b(?:{_opening(cues['group_verbs'])})\s+")
        self.impersonal = re.compile(rf"\b(?:{alternation(cues['impersonal'])})\s+", re.IGNORECASE)
        self.year_of = re.compile(
            rf"\b(?:1[89]\d\d|20\d\d),?\s+(?:{alternation(cues['year_links'])})\s+the\s+"
            r"(?:Year|Decade)\s+of\b"
        )
        self.clause_end = re.compile(rf"(?:\s+|\s*(?=,))(?:{alternation(cues['clause_ends'])})\b")
        self.see_through = re.compile(rf"(?:{alternation(cues['see_through'])})\s+")
        self.partial = re.compile(rf"(?:{alternation(cues['partial_heads'])})\s")
        self.founding = re.compile(rf"(?:{alternation(cues['founding_heads'])})\s+")
        # The gathering itself opening the clause as its subject, before a verb or an aside:
        # "The meeting also adopted X", "The Conference, chaired by X, also renewed ...". A noun
        # further in may be a setting ("Briefing reporters after the session, the governor ...").
        self.event_subject = re.compile(
            # "On its last day, the conference adopted ...": after an adverbial too.
            _OPENING_ADVERBIAL + r"(?:[Tt]he|[Tt]his)\s+(?:(?!of\b)[\w’'-]+\s+){0,4}?"
            rf"(?P<noun>(?i:{alternation(cues['host_events'])}))"
            r"(?:,|\s+(?:(?:also|further|then|finally|unanimously|formally)\s+)?[a-z]+ed\b)"
        )
        # What opens the next item of a list of documents: ", and the X Agreement", or an
        # action on a new thing (", and the establishment of a training centre").
        self.next_document = re.compile(
            r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:treaty|"
            r"agreement|declaration|statement|memorandum|protocol|programme|program|plan|"
            r"convention|resolution|decision)\b|"
            rf"(?:{alternation(cues['founding_heads'])})\s)",
            re.IGNORECASE,
        )
        self.subject_of = re.compile(
            rf"\b(?i:{alternation(cues['subject_of'])})\s+of\s+(?:the\s+)?({_NAME})"
        )
        # "congratulated X on taking over the chair", "thanked Y for its presidency": praise of
        # a chair, not its handover.
        self.courtesy = re.compile(
            rf"\b(?:{alternation(cues['courtesy_verbs'])})\b[^.;]{{0,80}}?\b(?:on|for)\s+$",
            re.IGNORECASE,
        )
        self.earlier_opener = re.compile(rf"\b(?i:{alternation(cues['earlier_openers'])})\s+$")
        # "the first summit since the authority was created": a clause of time, told as the past;
        # its noun phrase runs to the verb ("After the talks a fund was set up" opens another).
        self.earlier_clause = re.compile(
            rf"\b(?i:{alternation(cues['earlier_openers'])})\s+{_DETERMINERS}\s+"
            rf"(?:(?!\b{_DETERMINERS}\s)[^,;])*\Z"
        )
        self.proposal = re.compile(rf"\b(?:{alternation(cues['proposal_verbs'])})\b(?!\s+by\b)")
        # An initiative named after a colon, announced by the summit's members.
        self.initiative = re.compile(
            rf"\b(?:{alternation(cues['announce_verbs'])})\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:{alternation(cues['initiative_nouns'])})\s*:\s*"
        )
        # "Through a new **X Memorandum**, the Quad will ...": a new named instrument.
        self.new_instrument = re.compile(
            rf"\b(?i:{alternation(cues['new_instrument'])})\s+(?=\**[A-Z])"
        )
        # "designated 2027 as the Year of X": a year's designation in the active voice.
        self.designate_year = re.compile(
            rf"\b(?:{_opening(cues['designation_verbs'])})\s+(?:the\s+years?\s+)?"
            r"(?:1[89]\d\d|20\d\d)(?:\s*[–-]\s*(?:1[89]\d\d|20\d\d))?\s+(?:as\s+)?the\s+"
            r"(?P<quote>[\"“])?(?:[A-Z][\w’'-]*\s+){0,2}?(?:Years?|Decade)\s+of\b"
        )
        # "admitted X as its 11th member", "granted X observer status", "granted observer
        # status to X", "the admission of X as a member": a state taken in.
        # "granted Observer status": a government page capitalises the standing.
        standing = f"(?i:{alternation(cues['standing_nouns'])})"
        self.admission = re.compile(
            rf"\b(?:{_opening(cues['admission_verbs'])}|(?:the\s+)?"
            rf"(?:{alternation(cues['admission_nouns'])})\s+of)\s+(?:(?P<who>(?:the\s+)?{_NAME}"
            # "admitted Somalia, Fiji and South Sudan as members": one admission each.
            rf"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{_NAME})*)(?:\s+(?:as|into|to)"
            rf"\s+(?:[\w’'-]+\s+){{0,4}}?|\s+(?:full\s+)?)(?:{standing})\b(?:\s+status)?|"
            rf"(?:full\s+)?(?:{standing})\s+status\s+to\s+(?P<to>(?:the\s+)?{_NAME}))"
        )
        # "1. ELECTS H.E. X as ...;", "(b) FURTHER DECIDES that ...": a resolution's operative
        # paragraph, its verb in capitals at the paragraph's start.
        self.operative = re.compile(
            r"[ \t]*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)][ \t]+|[-•*][ \t]+)?"
            r"(?:(?:ALSO|FURTHER|HEREBY)[ \t]+)?"
            rf"(?P<verb>{alternation(cues['operative_verbs'])})[ \t]+(?:that[ \t]+)?"
        )
        self.operative_people = frozenset(cues["operative_people"])
        # Where the next meeting is held: "accepted Poland's offer to host", "agreed that X will
        # host", "X was chosen to host", "picked X as the venue"; ``who`` is the host.
        choose = alternation(cues["host_choice_verbs"])
        offers = alternation(cues["host_offers"])
        role = r"(?:as\s+(?:the\s+)?(?:next\s+)?(?:host|venue)\b|to\s+host\b)"
        # "the Government of the United Republic of Tanzania": a state named with two "of"s.
        who = rf"(?:the\s+)?(?P<who>{_OF_NAME})"
        # "agreed that the next summit will": the event whose place or host follows.
        agreed_event = (
            rf"\b(?i:{alternation(cues['host_agree_verbs'])})\s+that\s+"
            rf"(?P<item>(?:the|its|their)\s+(?:(?:[\w’'-]+\s+){{0,3}}?"
            rf"(?i:{alternation(cues['host_events'])})|"
            # "the next Council at Ministerial Level will": "next" makes a body's name its
            # later meeting ("the next Commonwealth Games" is another event).
            rf"next\s+(?:[A-Z][\w’'-]*\s+){{0,3}}?(?i:{alternation(cues['chaired_bodies'])})(?:\s?\d+)?\b"
            r"(?:\s+(?:at|of|on|for|and|[A-Z][\w’'-]*)){0,5})"
            # "the seventh meeting of the Higher Committee will": the event's body after it.
            # "the next X meeting on East Africa would": its topic after it.
            r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}|"
            r"\s+(?:on|for)\s+(?:the\s+)?[\w’'-]+(?:\s+(?!(?:will|would|shall|is)\b)[\w’'-]+){0,3})?"
            r"\s+(?:will|would|shall|is\s+to)\s+"
        )
        # "in 2045", "in November 2045": when the later meeting is held.
        when = rf"(?:\s+{_IN_YEAR.pattern})?"
        self.host = (
            # (pattern, whether the summit must be the verb's subject, the group the item starts
            # at, if not at the verb)
            (
                re.compile(rf"\b(?i:accepted)\s+{who}[’']s?\s+(?:{offers})\s+to\s+host\b"),
                True,
                None,
            ),
            (
                re.compile(
                    rf"\b(?i:accepted)\s+(?:the|an?)\s+(?:{offers})\s+(?:of|by|from)\s+{who}\s+"
                    r"to\s+host\b"
                ),
                True,
                None,
            ),
            (
                re.compile(
                    rf"\b(?i:{alternation(cues['host_agree_verbs'])})\s+(?:that\s+)?{who}\s+"
                    r"(?:will|would|shall|should|is\s+to)\s+host\b"
                ),
                True,
                "who",
            ),
            # "designated Kigali, Rwanda, as the venue": a country may follow the city.
            (re.compile(rf"\b(?i:{choose})\s+{who}{_APPOSED_PLACE}?\s+{role}"), True, None),
            # "confirmed the selection of Lima, Peru, as the venue": the choice named.
            (
                re.compile(
                    rf"\b(?i:{choose}|approved|endorsed)\s+(?P<item>(?:the\s+)?"
                    rf"(?:{alternation(cues['host_choice_nouns'])})\s+of\s+{who}"
                    rf"{_APPOSED_PLACE}?\s+{role})"
                ),
                True,
                "item",
            ),
            # "agreed that the next summit will be held in Lima": the venue, after the event.
            (
                re.compile(
                    rf"{agreed_event}(?:be\s+held|take\s+place|convene)\s+in\s+(?:the\s+)?(?P<who>{_NAME})"
                    rf"{_APPOSED_PLACE}?{when})"
                ),
                True,
                "item",
            ),
            # "agreed that the 10th Summit will be hosted by Georgia in Batumi in 2045".
            (
                re.compile(
                    rf"{agreed_event}be\s+hosted\s+by\s+(?:the\s+)?(?P<who>{_NAME})"
                    rf"(?:\s+in\s+{_NOT_MONTH}{_NAME})?{_APPOSED_PLACE}?{when})"
                ),
                True,
                "item",
            ),
        )
        # "X was chosen to host": the host before the verb is read back from it (``_host``), so
        # that no match starts at every capitalised word of a sentence.
        self.host_passive = re.compile(
            rf"(?<=\w)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:{choose})\s+{role}"
        )
        # "hold the next summit in Windhoek", "the selection of Cusco, Peru, as the venue": where
        # a later meeting is held.
        self.venue = re.compile(
            rf"\b(?:{alternation(cues['host_events'])})\s+in\s+(?:the\s+)?({_NAME})|"
            rf"\b({_NAME}){_APPOSED_PLACE}?\s+as\s+(?:the\s+)?(?:next\s+)?(?:host|venue)\b"
        )
        self.host_event = re.compile(rf"\b(?:{alternation(cues['host_events'])})\b", re.IGNORECASE)
        # "Inaugurating the two-day conclave, X said": the event at hand opened, nothing set up.
        self.this_event = re.compile(
            r"the\s+(?:[a-z0-9][\w’'-]*\s+){0,3}?"
            rf"(?:{alternation(set(cues['host_events']) - set(cues['body_events']))})"
            r"(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|with|by|here|today|yesterday)\b)"
        )
        # "A X Secretariat will be established in Y", "A protocol was signed by ...": a passive of
        # setting up or signing, now or to come; its subject is what the summit made.
        self.made = re.compile(
            r"\s(?P<tense>(?:will|shall|would)\s+(?:also\s+)?be|(?:is|are)\s+to\s+be|was|were)\s+"
            r"(?:also\s+|jointly\s+|formally\s+)?"
            rf"(?P<verb>{alternation(cues['made_verbs'])})\b"
        )
        self.made_signing = frozenset(cues["made_signing"])
        # "The main outcome (of the summit) was a X" and "X was one of the key results".
        nouns = alternation(cues["outcome_nouns"])
        adjectives = rf"(?:(?:{alternation(cues['outcome_adjectives'])})\s+)+"
        events = alternation(cues["host_events"])
        self.outcome = re.compile(
            rf"\b(?i:the)\s+{adjectives}(?:{nouns})\b(?:\s+of\s+(?:the|this)\s+"
            rf"(?:[\w’'-]+\s+){{0,3}}?(?:{events}))?\s+(?:was|were|is|are|will\s+be)\s+"
            r"(?=(?:a|an|the|two|three|four|five)\s)"
        )
        self.outcome_of = re.compile(
            rf"\s(?:was|were)\s+(?:one\s+of|among)\s+the\s+{adjectives}(?:{nouns})\b"
        )
        # "the creation of X and the launch of Y", "X, along with the launch of Y": two items.
        self.nominal_and = re.compile(
            r",?\s+(?:along\s+with|together\s+with|as\s+well\s+as|and(?:\s+also)?)\s+"
            rf"(?=(?:the|a|an)\s+(?:{alternation(cues['action_nouns'])})\s+of\b)"
        )
        # An outcome is an action on a thing ("a two-year extension of X") or a document.
        self.action = re.compile(
            rf"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{alternation(cues['action_nouns'])})"
            r"\s+of\b",
            re.IGNORECASE,
        )
        self.along = re.compile(r",\s+(?:along|together)\s+with\s+")
        # "witnessed the signing of an agreement on X": the documents signed there.
        self.witnessed = re.compile(
            rf"\b(?:{alternation(cues['signing_witness'])})\s+the\s+(?:official\s+)?"
            rf"(?:signing|signature)\s+of\s+{_DOCUMENT_AHEAD}",
            re.IGNORECASE,
        )
        # "renewed the term of Secretary-General X", "extended the mandate of the mission".
        self.renewal = re.compile(
            rf"\b(?:{_opening(cues['renewal_verbs'])})\s+(?:the|its|their)\s+"
            rf"(?:[\w’'-]+\s+){{0,2}}?(?:{alternation(cues['renewal_nouns'])})\s+of\s+"
        )
        # "elected X as Secretary-General", "appointed Rwandan diplomat X as the next secretary
        # general of the Community", "chose X to head the Organisation"; ``who`` holds the person.
        # Words before the office only after "as": "Diallo as Secretary-General" is no office.
        # "were elected Vice-Presidents": one office each, named in the plural.
        heads = rf"(?i:{alternation(cues['elected_offices'])})(?P<plural>s)?\b"
        offices = (
            r"(?:as\s+(?:the\s+)?(?:next\s+|new\s+|incoming\s+)?(?:[\w’'-]+\s+){0,2}?|"
            rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?){heads}"
        )
        # "President of COP11", "chair of the 16th session", "to hold the ITF Presidency": the
        # chair of a meeting or organ of the summit, a presidency.
        chair = (
            rf"(?P<chair>(?:as\s+)?(?:the\s+)?(?i:{alternation(cues['chair_offices'])})\s+of\s+"
            rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?i:{alternation(cues['chaired_bodies'])})"
            rf"(?:\b|(?<=COP)\s?\d+)"
            # "elected X as its President": the chair of the body that elects.
            # "as its President’s special envoy" is another's office.
            rf"|as\s+(?:its|their)\s+(?:new\s+|next\s+|incoming\s+)?"
            rf"(?i:{alternation(cues['chair_offices'])})\b(?![’'])"
            rf"|to\s+(?:hold|assume|take\s+over)\s+the\s+(?:[\w’'-]+\s+){{0,3}}?"
            rf"(?i:{alternation(cues['office_nouns'])})\b)"
        )
        elect = alternation(cues["election_verbs"])
        self.election = re.compile(
            rf"\b(?:{_opening(cues['election_verbs'])})\s+(?P<who>{_WORDS}{{1,80}}?(?:,\s+{_WORDS}{{1,60}}?,)?)\s+"
            rf"(?:{chair}|{offices}|to\s+(?:head|lead)\s+the\s+[A-Z])"
        )
        # "X was elected Secretary-General", "X was re-elected to a second term".
        self.elected = re.compile(
            # "Kenya's Minister of Roads, X, was elected ...": after an apposition's comma.
            rf"(?<=\w),?\s+(?P<be>was|were|ha[sv]e\s+been|had\s+been)\s+(?:[^.;,\n]{{0,40}}?\s)?(?:{elect})\s+"
            rf"(?:{chair}|{offices}|(?:to|for)\s+a\s+(?:second|third|new|further|fresh)\b)"
        )
        self.handover = re.compile(
            rf"\b(?:{_opening(cues['handover_verbs'])})\s+(?:over\s+)?the\s+"
            # "the bloc's rotating pro tempore presidency"
            # An office capitalised as a title: "the Chairmanship of the Council".
            rf"(?:[\w’'-]+\s+){{0,4}}?(?i:{alternation(cues['office_nouns'])})\s+"
            # "the chairmanship of their regional bloc to the Philippines", "... for 2039 to X"
            r"(?:of\s+(?:[\w’'-]+\s+){1,4}?)?(?:for\s+\d{4}\s+)?to\s+(?=(?:the\s+)?[A-Z])"
        )


@functools.cache
def _cues() -> _Cues:
    return _Cues()


#: Titles and names only, each word with its space: "Nepal's Minister of Energy, Dr. ".
_TITLE_RUN: Final = r"(?:(?:[A-Z][\w’'.-]*|of|the|for|and),?\s+)*"
_TITLED: Final = re.compile(_TITLE_RUN)
# What stands between two people of one subject: ", and Peru's Deputy Minister, ".
_CO_SUBJECT: Final = re.compile(rf",?\s+{_TITLE_RUN}")
# Partners listed after "agreements with": "memorandums with agencies such as A and B".
_PARTNERS: Final = re.compile(
    r"\b(?:agreements?|memorand(?:a|ums?)|accords?)\s+(?:of\s+[\w-]+\s+)?with\s+"
    r"(?:[\w-]+\s+){0,3}?(?:such\s+as|including|like|namely)\s+"
)
# A verb of signing before the partners: the agreements are concluded, not only discussed.
_SIGNING: Final = re.compile(r"\b(?:sign(?:ed|ing)?|conclud(?:e|ed|ing))\b", re.IGNORECASE)
# "a number of very important documents": a package whose items the report lists, not an item.
_PACKAGE: Final = re.compile(
    r"(?:[\w-]+\s+){0,5}?(?:documents|papers|instruments|decisions|resolutions)\b(?!\s+on\b)",
    re.IGNORECASE,
)
_FRONTED_YEAR: Final = re.compile(r"\bIn\s+(1[89]\d\d|20\d\d)\s*,")
_LEAD_YEAR: Final = re.compile(
    r"(?:[A-Za-z]+\s+){0,2}?(1[89]\d\d|20\d\d)\b(?=\D{0,12}\bthe\s+(?:Year|Decade)\b)"
)
# Bold or italic text, wrapped lines allowed (disjoint alternatives: linear).
_MARKED: Final = r"(?:[^*\n]|\n(?![ \t]*\n)){2,120}"
_BOLD: Final = re.compile(rf"\*\*({_MARKED})\*\*|(?<![\w*])\*({_MARKED})\*(?![\w*])")


@functools.cache
def _kind_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    """One pattern per kind for an item's head, and one for the multi-word cues of the whole."""
    heads = lexicon().decision_heads

    def pattern(cues: list[str]) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{alternation(cues)})\b")

    head = [(kind, pattern(list(heads.get(kind, ())))) for kind in _ORDER if heads.get(kind)]
    whole = [
        (kind, pattern([c for c in heads.get(kind, ()) if " " in c]))
        for kind in ("presidency", "award", "designation")
        if any(" " in c for c in heads.get(kind, ()))
    ]
    return head, whole


#: At most this many words of a name are read for its head ("the Heart of Borneo Youth Ranger
#: Programme").
_NAME_WORDS: Final = 12


def classify_decision(text: str) -> str:
    """The decision kind of an item, from its head noun (its first words) or a cue in it."""
    cased = norm(text).replace("**", "")
    low = cased.lower()
    cues = _cues()
    if cues.partial.match(low):
        return "other"  # "the outline of a charter" is not the charter
    # Lower-casing keeps the length but for a few letters: only then do offsets agree.
    same = len(cased) == len(low)
    founding = cues.founding.match(low)
    if founding is not None:
        # The words as written, so a name's capitals still reach its head ("the establishment
        # of the X Youth Ranger Programme" is a programme).
        kind = classify_decision((cased if same else low)[founding.end() :])
        return kind if kind in ("programme", "agreement", "treaty", "award") else "establishment"
    m = cues.see_through.match(low)
    at = m.end() if m else 0
    # A name is headed by its last word: "the Heart of Borneo Youth Ranger Programme".
    named = _PROPER.match(cased, at) if same else None
    reach = len(cased[at : named.end()].split()) if named is not None else 0
    head = " ".join(low[at:].split()[: max(6, min(reach, _NAME_WORDS))])
    by_head, by_whole = _kind_patterns()
    for kind, pattern in by_head:
        if pattern.search(head):
            return kind
    for kind, pattern in by_whole:
        if pattern.search(low):
            return kind
    return "other"


# A launched thing's proper name: capitalised words and the small words inside such names ("Just
# Energy Transition Partnership", "Partnership for Maritime Domain Awareness"); no backtracking,
# as each word needs the white space before it.
_PROPER: Final = re.compile(
    r"(?:\*\*)?(?:(?:a|an|the)\s+)?(?:new\s+)?(?:\*\*)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and|the|in|–)\s+)*(?:[A-Z]|\d+[A-Za-z])[\w’'-]*)*)"
)
_AND_THE_NAME: Final = re.compile(r"\s+and\s+the\s+(?=[A-Z])")
_ACRONYM_TAIL: Final = re.compile(r"\s*\([A-Z][A-Za-z]*\)")


def _launched_name(text: str, s: int, e: int) -> str | None:
    """The proper name a verb of launching names in ``[s, e)``: at least two words, or None."""
    m = _PROPER.match(text, s, e)
    if m is None or len(m["name"].split()) < 2:
        return None
    return norm(m["name"])


# How far a decision's words, or the clause before its verb, may run from the verb: the bound that
# keeps each match's searches short, so that a sentence with a match every few words is read in
# time linear in its length (issue 9).
_REACH: Final = 300
# The same for a list of documents after "including".
_LIST_REACH: Final = 4000


def _clause_end(text: str, pos: int, limit: int) -> int:
    limit = min(limit, pos + _REACH)
    m = _CLAUSE_CUT.search(text, pos, limit)
    limit = m.start() if m else limit
    m = _cues().clause_end.search(text, pos, limit)
    return m.start() if m else limit


def _recipient_end(text: str, pos: int, end: int, limit: int) -> int:
    """Where a handover's words end: after its new holder, if named before ``end``.

    The holder's name may run past ``end`` up to ``limit`` (the sentence's end): a clause cut
    at the full stop of "to H.E. X" stops inside the name.
    """
    m = _RECIPIENT.search(text, pos, min(limit, end + _REACH))
    return m.end() if m and m.start() < end else end


# How far back from "was chosen to host" its subject may start.
_HOST_REACH: Final = 120
_NAME_BEFORE: Final = re.compile(rf"(?:(?<=\s)|(?<=^))(?:the\s+|The\s+)?({_NAME})\Z")


def _year(text: str) -> int | None:
    years = set(_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.taken = Taken()
        #: Whether the paragraphs read now are items of a list led by the summit as subject.
        self.led = False
        #: Whether that lead says the items are decisions ("took the following decisions:"); set
        #: with ``led`` by :meth:`subject_lead`.
        self.decided = False
        #: The sentence before the one read now in its paragraph, if any.
        self.before: tuple[int, int] | None = None
        #: Whether that lead ends in "to" ("agreed to:"): its items are bare infinitives.
        self.bare = False
        #: Whether the paragraph read now is a turn of a transcript (not a quote in a story).
        self.turn = False
        #: Whether the summit has more countries than a pair ("The two leaders" are two of it).
        self.more_than_pair = (
            len({p.country for p in doc.people if p.country is not None}) > _PAIR_SIZE
        )
        self.cues = doc.cue_index()
        self._trigger = self.cues.bit(_CUES + "trigger")
        #: The bit of each family of decision patterns, by the name ``run`` gives it.
        self.bits = {
            name.removeprefix(_CUES): bit
            for name, bit in self.cues.table.bits.items()
            if name.startswith(_CUES)
        }

    def gates(self, s: int, e: int) -> int:
        """The cue bits of the families that may match in ``[s, e)``, or 0 if none can.

        The trigger counts the words inside ``[s, e)``; the families also count words overlapping
        its edges and the ten characters before it, where ``_DECIDED`` looks behind ("agreed to ").
        """
        toks = self.doc.tokens
        assert toks is not None  # noqa: S101
        cues = self.cues
        r = toks.within(s, e)
        inside = cues.of_tokens(r.start, r.stop)
        if not inside & self._trigger:
            return 0
        first = bisect.bisect_right(toks.ends, s - 10)
        last = bisect.bisect_left(toks.starts, e)
        return inside | cues.of_tokens(first, r.start) | cues.of_tokens(r.stop, last)

    def free(self, s: int, e: int) -> bool:
        return not self.taken.overlaps(s, e)

    def add(
        self,
        s: int,
        e: int,
        *,
        kind: str | None = None,
        subject: str | None = None,
        year: int | None = None,
        fronted: int | None = None,
        min_words: int = 2,
    ) -> None:
        """Record ``[s, e)`` as a decision; ``fronted`` is a year the sentence opens with.

        Actions joined by "and" or "along with" ("the creation of X and the launch of Y") are one
        decision each; a given kind is the first one's.
        """
        text = self.text
        if subject is None:
            cuts = list(_cues().nominal_and.finditer(text, s, e))
            if cuts:
                pos = s
                for c in cuts:
                    self.add(pos, c.start(), kind=kind, year=year, fronted=fronted)
                    pos, kind = c.end(), None
                self.add(pos, e, year=year, fronted=fronted)
                return
        s, e = strip_span(text, s, cut_attribution(text, s, e))
        if (mark := LIST_MARK.match(text, s, e)) is not None and text[s] in BULLETS:
            s = mark.end()  # "• 2049 was proclaimed ...": a bullet is no word of the item
        m = _ITEM_PREFIX.match(text, s, e)
        if m and m.end() < e:
            s = m.end()
        s, e = strip_span(text, s, e)
        # A name set in bold or italics is the item's shortest name: "launch a **X campaign**".
        b = _BOLD.search(text, s, e)
        named = False
        if b:
            a, z = b.span(1) if b.group(1) is not None else b.span(2)
            if len(text[a:z].split()) >= 2:
                s, e = strip_span(text, a, z)
                named = True
        if (
            len(text[s:e].split()) < min_words
            or not self.free(s, e)
            or STATEMENT_TITLE.match(text, s, e)
            or _FOLLOWING.match(text, s, e)
            or _NO_OBJECT.fullmatch(text, s, e)
        ):
            return
        item = text[s:e]
        if kind is None and _cues().handover.match(text, s, e):
            # "decided to hand the coordination of X to Y": the office is named past the head.
            kind = "presidency"
        if kind is None:
            kind = classify_decision(item)
            with_country = self._partner(s, e)
            if with_country is not None and kind == "other":
                kind = "agreement"
        if year is None and (
            kind in ("presidency", "designation")
            or (kind == "other" and _cues().venue.search(item) is not None)
        ):
            year = _year(item) or fronted
            if year is None and kind == "designation":
                # "declaring 2019 the Year of ...", "2020 – the Year of the 75th Anniversary of
                # Victory in the War of 1941–1945": the year named first is the one designated.
                lead = _LEAD_YEAR.match(item)
                year = int(lead.group(1)) if lead else None
        if subject is None and named and kind in ("programme", "establishment"):
            subject = item  # the marked name is what is launched or set up
        if subject is None:
            subject = _subject(self.doc, s, e, kind)
            if subject is None and kind == "agreement":
                subject = self._partner(s, e)
        self.taken.add(s, e)
        self.doc.decisions.append(DecisionDraft(s, e, kind, subject and norm(subject), year))

    def _quoted(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` stands in a speaker's quote in a story, not a transcript's turn."""
        return not self.turn and self.doc.touches_speech(s, e)

    def item(self, s: int, e: int) -> None:
        """An item of a list of what was adopted ("the admission of A and B": one each).

        An item taking in one state is kept whole: "as an observer to the working groups".
        """
        m = _cues().admission.match(self.text, s, e)
        if m is None or m["who"] is None:
            self.add(s, e)
        elif len(self._states(*m.span("who"), _JOINED_NAME)) > 1:
            self._admitted(m)
        else:
            self.add(s, e, kind="other", subject=m["who"].removeprefix("the "))

    def _admitted(self, m: re.Match[str]) -> None:
        """The states an admission at ``m`` takes in, one decision each, the state its subject.

        Of several, the first item runs from the verb to its name and the others are their
        names alone: the shortest words that tell each apart.
        """
        tail = _STANDING_TAIL.match(self.text, m.end())
        if tail is None:
            return  # "Timor-Leste's observer delegation": a standing noun of another noun
        end = tail.end()
        if m["who"] is None:
            self.add(m.start(), end, kind="other", subject=m["to"].removeprefix("the "))
            return
        names = self._states(*m.span("who"), _JOINED_NAME)
        if len(names) == 1:
            self.add(m.start(), end, kind="other", subject=m["who"].removeprefix("the "))
            return
        for k, (a, b) in enumerate(names):
            who = self.text[a:b].removeprefix("the ")
            self.add(m.start() if k == 0 else a, b, kind="other", subject=who, min_words=1)

    def _states(self, s: int, e: int, joiner: re.Pattern[str]) -> list[tuple[int, int]]:
        """:func:`_names` of ``[s, e)``, where a joiner inside a country's name joins nothing.

        "São Tomé and Príncipe" is one state.
        """
        countries = [h for h in self.doc.hits_in(s, e) if h.has("country")]
        merged: list[tuple[int, int]] = []
        i = reach = 0  # the farthest end of the countries starting before the name read
        for a, b in _names(self.text, s, e, joiner):
            while i < len(countries) and countries[i].start < a:
                reach = max(reach, countries[i].end)
                i += 1
            if merged and reach > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return merged

    def _pledge(self, s: int, verb: int) -> bool:
        """Whether one country or one person, not the summit, is the subject of the verb.

        "The United Arab Emirates launched ...", "Bill Gates launched ...": a national or private
        pledge made at the summit, not something the summit decided.
        """
        return self._one_party(_main_clause(self.text, s, verb), verb)

    def _not_decided(self, s: int, verb: int) -> bool:
        """Whether the words before ``verb`` in its clause make it no decision.

        Someone proposed it ("X proposed that the members set up ..."), it is hedged (see
        :meth:`_hedged`), or a speaker quoted in a sentence of the report says it of others
        ("“nations who decided to stand together,” X said"): inside a quote only "we" decide.
        """
        text = self.text
        clause = _main_clause(text, s, verb)
        if _cues().proposal.search(text, clause, verb) or self._hedged_in(clause, verb):
            return True
        return self._quoted(verb, verb + 1) and _WE.search(text, clause, verb) is None

    def _hedged(self, s: int, verb: int) -> bool:
        """Whether the words of the verb's own clause before ``verb`` keep it from deciding.

        A negation ("no joint declaration was adopted"), a condition ("if the members agreed
        to share the cost") or a relative clause about a document's contents ("in which they
        pledged to").
        """
        return self._hedged_in(_main_clause(self.text, s, verb), verb)

    def _hedged_in(self, clause: int, verb: int) -> bool:
        """:meth:`_hedged` for a clause whose start is known."""
        before = self.text[clause:verb]
        cuts = list(_SUBCLAUSE_CUT.finditer(before))
        tail = before[cuts[-1].end() :] if cuts else before
        return _HEDGE.search(tail) is not None or _RELATIVE.match(tail) is not None

    def _partner(self, s: int, e: int) -> str | None:
        """The country an agreement is with: "... with the Republic of Serbia"."""
        for h in self.doc.hits_in(s, e):
            if h.end <= e and h.has("country"):
                before = self.text[max(s, h.start - 10) : h.start]
                if re.search(r"\bwith\s+(?:the\s+)?$", before):
                    return self.text[h.start : h.end]
        return None

    def _signed(self, m: re.Match[str], e: int) -> None:
        """The documents a ``_SIGNED_ONE`` verb at ``m`` governs, one decision each."""
        if _pluperfect(self.text, m.start()):
            return  # "the Board had approved X during the year": a past act
        end = _clause_end(self.text, m.end(), e)
        # ", and the Memorandum on X": the list goes on where a clause would end.
        while (more := _cues().next_document.match(self.text, end, e)) is not None:
            end = _clause_end(self.text, more.end(), e)
        if self._earlier(m.start(), end):
            return  # "the founders, who signed the charter here in 1972": a past signing
        for a, b in _split_documents(self.text, m.end(), end):
            if ON_BEHALF.match(self.text, b) and BARE_DOCUMENT.fullmatch(self.text[a:b]):
                continue  # "signed the agreement on his behalf": the one named before
            if self.text.startswith(":", b) and _COUNT.fullmatch(self.text, a, b):
                continue  # "signed two loan agreements: the first ...": the items are the list's
            self.add(a, b)

    def signed_at_meeting(self, s: int, e: int) -> None:
        """What the sides of a side meeting signed in the sentence ``[s, e)``: its outcome.

        Each document is a decision and an agreement of the meeting reported there.
        """
        decisions = self.doc.decisions
        for m in _SIGNED_ONE.finditer(self.text, s, e):
            if m.group().split()[0].lower() not in _SIGNING_VERBS:
                continue
            first = len(decisions)
            self._signed(m, e)
            meeting = next((mt for mt in self.doc.meetings if mt.start <= s < mt.end), None)
            if meeting is None:
                continue
            for d in decisions[first:]:
                phrase = norm(self.text[d.start : d.end])
                if phrase not in meeting.agreements:
                    meeting.agreements.append(phrase)

    def sentence(self, s: int, e: int, *, spoken: bool) -> None:
        text = self.text
        gates = self.gates(s, e)
        if not gates:
            return  # most sentences decide nothing
        if text[s:e].rstrip(" \t\n”’\"'").endswith("?"):
            return  # "what will Finland do when it takes over the presidency?": a question
        bits = self.bits

        def run(family: str, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
            # A family none of whose gate words is in the sentence cannot match: skip it.
            return pattern.finditer(text, s, e) if gates & bits[family] else ()

        cues = _cues()
        if not spoken and gates & bits["partners"]:
            self._partners(s, e)
        for m in () if spoken else run("year_of", cues.designate_year):
            if self._pledge(s, m.start()):
                continue  # one leader's national year is not the summit's
            # 'designate 2026 as the "Year of X" among ...': the name ends at its closing quote.
            # A year's name holds no comma: "declaring 2019 the Year of X, and 2020 the Year of Y".
            close = (
                CLOSE_QUOTE.search(text, m.end(), min(e, m.end() + _REACH)) if m["quote"] else None
            )
            end = close.end() if close else _clause_end(text, m.end(), e)
            comma = -1 if close else text.find(",", m.end(), end)
            end = comma if comma >= 0 else end
            self.add(m.start(), end, kind="designation")
        # Before "agreed to": "agreed to admit A and B as members" is one admission each.
        for m in run("admission", cues.admission):
            if self._by_group(s, m.start()):
                self._admitted(m)
        content = -1 if spoken else self._content_from(s, e)
        for m in () if spoken else run("decided", _DECIDED):
            if not m.group() and self._in_meeting(m.start()):
                continue  # what the sides of a side meeting agreed is that meeting's agreement
            at = m.start() - len("agreed to ") if not m.group() else m.start()
            if (not m.group() or m.group()[:1].lower() in "dr") and not self._by_group(s, at):
                continue  # "Bank A and Bank B decided to support X": not the summit's decision
            if self._pair(s, at) or self._not_decided(s, at) or self._after_meeting(s, at, e):
                continue  # "The two leaders agreed to ...": a side meeting's outcome
            # "agreed to A, to B, and to C": one decision each (from the cue's "to").
            to = m.end() - 3 if text[m.end() - 3 : m.end()].lower() == "to " else m.end()
            for a, b in infinitives(text, to, _clause_end(text, m.end(), e)):
                if not (0 <= content < a and self._commitment(a, b)):
                    self.add(a, b)
        for m in run("year_of", cues.year_of):
            # "Next year, 2027, will be the Year of X": a designation, in a speech too.
            self.add(m.start(), _clause_end(text, m.end(), e), kind="designation")
        for m in run("presidency", _PRESIDENCY):
            if self._quoted(m.start(), m.end()) or self._hedged(s, m.start()):
                continue  # "‘We are ready to take over the chair,’ said X": words, not the act
            offices = list(_OFFICE_WORD.finditer(m.group()))
            if offices and another_office(m.group()[: offices[-1].start()]):
                continue  # "was elected Vice Chair of the council": another, lower office
            choosing = m.group().split(None, 1)[0].lower() in _CHOOSING
            if (
                choosing
                and gates & bits["election"]
                and (chosen := cues.election.match(text, m.start())) is not None
                and chosen["chair"] is not None
                and self._by_group(s, m.start())
            ):
                continue  # "elected X as chair of the council": ``_election`` names X
            st = _office_clause(text, s, m.start())
            if choosing and text.find(", ", st, m.start()) >= 0:
                # "The governors approved X, elected Y as chairman": the verb opens its own
                # item of a list of actions.
                st = m.start()
            if _OFFICE_FIRST.match(m.group()):
                # "X was signed, and the chairmanship was handed over to Y": the passive's own
                # clause, after the clause it is joined to.
                joined = text.rfind(", and ", st, m.start())
                st = joined + len(", and ") if joined >= 0 else st
            if m.group().split()[0].lower().endswith("ing"):
                back = _near(s, m.start())
                if cues.courtesy.search(text, back, m.start()):
                    continue  # "congratulated X on taking over the chair": praise, told again
                if cues.handover.search(text, back, m.start()) or _PRESIDENCY.search(
                    text, back, m.start()
                ):
                    continue  # "handed the chair to X, with Y assuming it in 2025": told again
                if m.start() == st and _FROM_HOLDER.match(text, m.end()):
                    # "Taking over the chair from X, the President said ...": the handover is
                    # the setting of what the sentence tells, and X the office's last holder.
                    continue
                # "..., and Guatemala taking over the presidency": a gerund's subject is the
                # name right before it.
                doer = _NAME_BEFORE_GERUND.search(text, st, m.start())
                st = doer.start() if doer else st
            end = self._holder_end(
                _recipient_end(text, m.start(), _clause_end(text, m.end(), e), e)
            )
            if self._earlier(st, end):
                continue  # "X took over the chairmanship last year": not this summit's
            self.add(st, end, kind="presidency", fronted=self._fronted(s, st))
        for m in run("handover", cues.handover):
            if self._quoted(m.start(), m.end()) or self._hedged(s, m.start()):
                continue
            # "agreed on handing the rotating chair to X" starts at the gerund; "A handed the
            # chair to B" keeps its subject.
            gerund = text[m.start() : m.end()].split()[0].endswith("ing")
            st = m.start() if gerund else _office_clause(text, s, m.start())
            if re.search(r"\s+and\s+$|\A\s*to\s+\Z", text[st : m.start()]) or (
                # "X, who chaired the last session, handed the chair to Y": the relative
                # clause is no part of it.
                _WHO_BEFORE.search(text, max(s, st - 8), st) and text.find(", ", st, m.start()) >= 0
            ):
                # "signed X and handed the chair to Y": the second verb's own words; "decided:"
                # then "to hand the chair to Y;": the item's verb.
                st = m.start()
            end = self._holder_end(
                _recipient_end(text, m.start(), _clause_end(text, m.end(), e), e)
            )
            self.add(st, end, kind="presidency", fronted=self._fronted(s, st))

        if not spoken and gates & bits["host"]:
            self._host(s, e)
        for m in run("adoption", _ADOPTION):
            end = _clause_end(text, m.end(), e)
            verb = re.search(
                r"\s+(?:(?:that|which|who)\s+)?(?:will|would|has|have|is|are|was|were)\b",
                text[m.end() : end],
            )
            kind = "establishment" if "decision" in m.group().lower() else "other"
            self.add(m.start(), m.end() + verb.start() if verb else end, kind=kind)
        if spoken:
            # In a speech, only what the speaker announces as done counts: "today we approved".
            for m in run("we_approve", cues.we_approve):
                if _PACKAGE.match(text, m.end(), e) or cues.earlier.search(
                    text, _near(s, m.start()), m.start()
                ):
                    continue  # a package whose items follow, or a decision of an earlier year
                end = _clause_end(text, m.end(), e)
                for a, b in _split_documents(text, m.end(), end):
                    self.add(a, b)
            for m in run("we_decide", cues.we_decide):
                if not cues.earlier.search(text, _near(s, m.start()), m.start()):
                    self.add(m.end(), _clause_end(text, m.end(), e))
            return
        for m in run("impersonal", cues.impersonal):
            if not self._hedged(s, m.start()):
                self.add(m.end(), _clause_end(text, m.end(), e))
        for m in run("group", cues.group):
            # "The leaders pledged A, B, and C": each item, when the summit's members pledge.
            if (
                _ATTRIBUTIVE.search(text, max(s, m.start() - 8), m.start())
                or not self._by_group(s, m.start())
                or self._hedged(s, m.start())
            ):
                continue
            end = _clause_end(text, m.end(), e)
            serial = re.search(r",\s+and\s", text[m.end() : end]) is not None
            for a, b in split_list(text, m.start(), end, explicit=serial):
                if not (0 <= content < a and self._commitment(a, b)):
                    self.add(a, b)
        pronoun = gates & bits["enum_pronoun"] and _DOCS_BEFORE.search(text[max(0, s - 300) : s])
        enumerations = [
            ("enum_subject", _ENUM_SUBJECT),
            ("enum_after_verb", _ENUM_AFTER_VERB),
            ("enum_passive", _ENUM_PASSIVE),
            ("enum_among", _ENUM_AMONG),
            *([("enum_pronoun", _ENUM_PRONOUN)] if pronoun else []),
        ]
        for family, pattern in enumerations:
            for m in run(family, pattern):
                if not (self.free(m.start(), m.start() + 1) and self.free(m.end() - 1, m.end())):
                    # Inside an item of an earlier list of this sentence. A statement named
                    # within the lead ("signed the X Declaration and nine other documents, among
                    # them") leaves the lead's ends free.
                    continue
                end = min(e, m.end() + _LIST_REACH)
                explicit = (
                    m.group().rstrip()[-1:] in ":—"
                    or re.search(
                        r"\b(?:including|among\s+them|namely)\s*$", m.group(), re.IGNORECASE
                    )
                    is not None
                )
                for a, b in split_list(text, m.end(), end, explicit=explicit):
                    self.add(a, _clause_end(text, a, b) if b - a > 200 else b)
        for m in run("signed_one", _SIGNED_ONE):
            self._signed(m, e)
        for m in run("witnessed", cues.witnessed):
            self._signed(m, e)
        for m in run("renewal", cues.renewal):
            if self._by_group(s, m.start()):
                end = _clause_end(text, m.end(), e)
                held = self.doc.mentions_in(m.end(), end)
                addressed = _ADDRESSED_NAME.match(text, m.end(), end)
                who = held[0][2].name if held else addressed.group(1) if addressed else None
                self.add(m.start(), end, kind="other", subject=who, year=_year(text[m.end() : end]))
        if gates & bits["election"]:
            self._election(s, e)
        for m in run("instituted", _INSTITUTED):
            if (
                self._pledge(s, m.start())
                or cues.earlier_opener.search(text, _near(s, m.start()), m.start())
                or self._not_decided(s, m.start())
                or self._pair(s, m.start())
                or self._after_meeting(s, m.start(), e)
                or self._meeting_agreed(s, m.start(), e)
                or cues.this_event.match(text, m.end(), e)
            ):
                # One member's pledge, "After inaugurating X at our first summit", "the two
                # countries agreed to set up X" (a side meeting's outcome), or the summit itself
                # opened.
                continue
            end = _clause_end(text, m.end(), e)
            if self._earlier(m.end(), min(end, m.end() + _MADE_YEAR_REACH)):
                # "the countries that created the institution in 1970": dated within a few
                # words of the verb; a year further on may date something else ("launched a
                # fund for farms lost in 2030").
                continue
            # "launch a Cybersecurity Day campaign" is a programme; "set up a working group" an
            # establishment.
            head = classify_decision(text[m.end() : end])
            kind = (
                head if head in ("programme", "agreement", "treaty", "award") else "establishment"
            )
            # "launching a Just Energy Transition Partnership (JETP)": what is launched is named
            # (a name in bold is read by ``add`` as a whole).
            named = (
                _launched_name(text, m.end(), end)
                if kind not in ("award", "treaty") and _BOLD.search(text, m.end(), end) is None
                else None
            )
            # "will advance X and launch Y": the decision starts at the verb.
            start = m.start() + (4 if m.group()[:4].lower() == "and " else 0)
            second = _AND_THE_NAME.search(text, m.end(), end) if named is not None else None
            if second is not None:
                # "launched the X Process and the Y Statement": two names, each its own item (a
                # statement is left to the statements stage).
                a = second.end()
                first = _launched_name(text, m.end(), second.start())
                self.add(start, second.start(), kind=kind, subject=first)
                again = classify_decision(text[a:end])
                again = "establishment" if again == "other" else again
                self.add(a, end, kind=again, subject=_launched_name(text, a, end))
                continue
            self.add(start, end, kind=kind, subject=named)
        for m in run("initiative", cues.initiative):
            if not self._by_group(s, m.start()):
                continue
            end = _clause_end(text, m.end(), e)
            name = _launched_name(text, m.end(), end)
            if name is not None:
                self.add(m.end(), end, kind="programme", subject=_ACRONYM_TAIL.sub("", name))
        group: bool | None = None  # read once a sentence, when first needed
        for m in run("new_instrument", cues.new_instrument):
            if group is None:
                group = self._group_sentence(s, e)
            if not group:
                continue
            proper = _PROPER.match(text, m.end(), min(e, m.end() + _REACH))
            if proper is None or len(proper["name"].split()) < 2:
                continue
            a, z = proper.span("name")
            kind = classify_decision(text[a:z])
            kind = kind if kind != "other" else "establishment"
            # A new body or scheme is named by its name; a document ("Memorandum of ...") is not.
            named = norm(text[a:z]) if kind in ("establishment", "programme") else None
            self.add(a, z, kind=kind, subject=named)
        for m in run("declared", _DECLARED):
            st = _main_clause(text, s, m.start())
            self.add(st, _clause_end(text, m.end(), e), kind="designation")
        for m in run("passive", _PASSIVE):
            st, np_end = self._noun_phrase(s, m.start())
            if not text[st:np_end].strip() or _NOT_MADE.match(text, st, np_end):
                continue  # "..., which was adopted": what it refers to is told before
            if self._hedged(s, m.start()):
                continue  # "no joint declaration was adopted"
            # "The creation of X was approved": the action names the kind; other heads do not.
            head = classify_decision(text[st:np_end])
            kind = head if head in ("establishment", "designation") else "other"
            self.add(st, _clause_end(text, m.end(), e), kind=kind)
        for m in run("made", cues.made):
            self._made(s, e, m)
        for m in run("outcome", cues.outcome):
            if self._in_meeting(m.start()):
                continue  # a side meeting's outcome is its agreement
            end = _clause_end(text, m.end(), e)
            if cues.action.match(text, m.end(), end) or classify_decision(text[m.end() : end]) != (
                "other"
            ):
                self.add(m.end(), end)  # not "the elaboration of a programme": nothing decided
        for m in run("outcome", cues.outcome_of):
            if self._in_meeting(m.start()):
                continue
            self.add(_main_clause(text, s, m.start()), m.start())
            along = cues.along.match(text, m.end(), e)
            if along is not None:
                self.add(along.end(), _clause_end(text, along.end(), e))
        for m in run("award", _AWARD):
            end = _clause_end(text, m.end(), e)
            holder = None
            if text.startswith("the", m.end()):
                # "conferred the X Medal on Dr Y, former Director of Z": the award ends at
                # its holder's name (past the clause's cut at "H.E.").
                found = _AWARD_HOLDER.search(text, m.end(), e)
                if found is not None:
                    end, holder = found.end(), found.group("name")
            self.add(m.start(), end, kind="award", subject=holder)
        for m in run("approve", cues.approve):
            # "The leaders approved the accession of X": any object, when the summit approves.
            if (
                # "told the governors that the Board had approved X": before the summit.
                not _pluperfect(text, m.start())
                and not _PACKAGE.match(text, m.end(), e)
                and not cues.earlier.search(text, _near(s, m.start()), m.start())
                and self._by_group(s, m.start())
            ):
                # "approved the X corridor, the expansion of Y, and a Z platform": one each.
                for a, b in _split_documents(text, m.end(), _clause_end(text, m.end(), e)):
                    # "adopted the X Declaration on Y": a statement, read by the statements
                    # stage (not "approved A and B, according to the final declaration").
                    if not _STATEMENT_OBJECT.match(text, a, b):
                        self.add(a, b)

    def _made(self, s: int, e: int, m: re.Match[str]) -> None:
        """The subject of a passive of setting up or signing at ``m``, when the summit made it."""
        text = self.text
        cues = _cues()
        st, np_end = self._noun_phrase(s, m.start())
        det = _DETERMINER.match(text, st, np_end)
        first = det.end() if det else st
        if (
            first >= np_end
            or _NOT_MADE.match(text, st, np_end)
            or _PACKAGE.fullmatch(text, first, np_end)
            or self._hedged(s, m.start())
        ):
            # "which was set up ...", "It was launched ...": no noun phrase of its own; "the
            # relevant documents were signed": a package, whose items are told elsewhere.
            return
        if cues.host_event.fullmatch(text[st:np_end].split()[-1]):
            return  # "The summit was launched ...": the summit itself
        if cues.earlier_clause.search(text, st, m.start()):
            return  # "the first summit since the authority was created": told as the past
        if any(
            h.start <= first and h.end >= np_end and (h.has("org") or h.has("acronym"))
            for h in self.doc.hits_in(st, np_end)
        ):
            return  # the organisation, "founded" or "set up" long before
        if self._restated(st, first, np_end):
            return  # "The agreement, ..., was signed" after "signed a free trade agreement"
        end = _clause_end(text, m.end(), e)
        past = m["tense"].split()[0].lower() in ("was", "were")
        if past and (_EARLIER_YEAR.match(text, m.end(), end) or self._earlier(st, end)):
            return  # "was set up in 2011", "was launched in Cairo in 2019": made earlier
        signing = m["verb"].lower() in cues.made_signing
        by = _BY.match(text, m.end(), end)
        if by is not None and not signing and self._one_party(by.end(), end):
            return  # "was launched by Norway's minister": one member's act
        kind = classify_decision(text[st:np_end])
        if kind == "other" and not signing:
            kind = "establishment"
        named = (
            _launched_name(text, first, np_end) if kind in ("establishment", "programme") else None
        )
        # The noun phrase alone names it: "A X Secretariat (will be established in Y)".
        self.add(st, np_end, kind=kind, subject=named)

    def _restated(self, st: int, first: int, end: int) -> bool:
        """Whether "the X" in ``[st, end)`` names again a decision already found.

        A definite noun phrase without a proper name ("The agreement", "The unified visa") whose
        head noun, singular or plural, is in an earlier decision's words refers back to it; the
        head alone ("The agreements") to an earlier decision of its kind ("the first with X").
        """
        text = self.text
        if first == st or text[st : st + 3].lower() != "the":
            return False
        words = text[first:end].split()
        if not words or any(w[:1].isupper() for w in words):
            return False
        head = words[-1].lower()
        one = head.removesuffix("s")
        forms = {head, one, one + "s"}
        # A kind of its own ("agreement", not the catch-all "other") names decisions of that kind.
        kind = classify_decision(head) if len(words) == 1 else "other"
        # A reference back is to what was told lately: the last few decisions bound the work.
        for d in self.doc.decisions[-_RETOLD_REACH:]:
            if (kind != "other" and d.kind == kind) or not forms.isdisjoint(
                text[d.start : d.end].lower().split()
            ):
                return True
            # "signed two loan agreements: the first with X": the lead before the item names it.
            if len(words) == 1 and d.end <= st:
                lead = text[max(0, d.start - _LEAD_BACK) : d.start].lower()
                if not forms.isdisjoint(_TOKEN.findall(lead)):
                    return True
        return False

    def _earlier(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` dates what it tells before the summit.

        "last year", "years ago", or "in 2019" (also "in March 2019") before the report's year.
        """
        if _cues().earlier.search(self.text, s, e):
            return True
        # "X will hold the chair in 2046, as agreed last year": an aside dates it after its text.
        aside = _AS_AGREED.match(self.text, e)
        if aside is not None and _cues().earlier.match(self.text, aside.end(), aside.end() + 40):
            return True
        year = summit_year(self.doc)
        return year is not None and any(
            int(m["year"]) < year for m in _IN_YEAR.finditer(self.text, s, e)
        )

    def _content_from(self, s: int, e: int) -> int:
        """Where the sentence ``[s, e)`` starts telling a statement's content, or -1.

        "adopted the X Declaration, in which they pledged ...", "In the joint statement, the
        leaders agreed to ...": what follows are the statement's points.
        """
        m = _CONTENT_FRONTED.match(self.text, s, e) or _CONTENT_RELATIVE.search(self.text, s, e)
        return m.end() if m is not None else -1

    def _commitment(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` is a course the members commit to, not an act that decides.

        "share early-warning data" is a commitment; "establish a fund", "hold the next summit
        in X" and "sign a treaty" are decisions however they are told.
        """
        item = self.text[s:e]
        return classify_decision(item) == "other" and _cues().venue.search(item) is None

    def _pair(self, s: int, verb: int) -> bool:
        """Whether two of a summit of more say they agreed: "The two leaders", "Both sides"."""
        return self.more_than_pair and (
            PAIR.search(self.text, _main_clause(self.text, s, verb), verb) is not None
        )

    def _after_meeting(self, s: int, verb: int, e: int) -> bool:
        """Whether "They ... agreed" tells a side meeting's outcome: the meeting's, not ours."""
        # "At the meeting with X, the sides ...": the subject after a fronted phrase.
        clause = _main_clause(self.text, s, verb)
        if SIDES.match(self.text, clause) is None:
            return False
        if self._in_meeting(s):
            return True
        # A report of a meeting told of before ("X met A and B. At the meeting with A, the
        # sides agreed to ..."): the meeting took the words as its agreement.
        return self._meeting_agreed(None, verb, e)

    def _one_party(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` names one person or one country, not the summit or its members."""
        if SUMMIT_GROUP.search(self.text, s, e) or any(
            h.has("org") or h.has("acronym") for h in self.doc.hits_in(s, e)
        ):
            return False  # the summit or its organisation ("The Quad will launch ...")
        if person_in(self.doc, s, e) is not None:
            return True
        return len([h for h in self.doc.hits_in(s, e) if h.has("country")]) == 1

    def _holder_end(self, end: int) -> int:
        """``end``, or past the holder's name where it follows the office handed over.

        "... to the President of Kyrgyzstan, Nurbek Asanaliyev": the name is the holder.
        """
        text = self.text
        m = _HOLDER_APPOSED.match(text, end)
        if m is None or not _OFFICE_OF.search(text, max(0, end - _OFFICE_OF_REACH), end):
            return end
        named = self.doc.mentions_in(end, m.end())
        # The name itself, right after the comma: not a clause that goes on after it.
        return named[0][1] if named and text[end : named[0][0]].strip() == "," else end

    def _meeting_agreed(self, s: int | None, verb: int, e: int) -> bool:
        """Whether a side meeting reported in the sentence took its words as an agreement.

        "X, who met Y on the sidelines, said the two countries had agreed to set up a fund".
        """
        told = self.text[verb:e]
        return any(
            (s is None or mt.start <= s < mt.end) and any(a in told for a in mt.agreements)
            for mt in self.doc.meetings
        )

    def _in_meeting(self, pos: int) -> bool:
        """Whether ``pos`` is inside a side meeting's report (its outcome is the meeting's)."""
        return any(mt.start <= pos < mt.end for mt in self.doc.meetings)

    def _noun_phrase(self, s: int, verb: int) -> tuple[int, int]:
        """The noun phrase before the passive verb at ``verb`` in the sentence from ``s``.

        It starts after a leading phrase, a finished clause ("X were made and") or a
        conjunction, and ends before a participle's parenthesis ("The accord, negotiated for
        years, was signed").
        """
        text = self.text
        st = _main_clause(text, s, verb)
        end = verb
        comma = text.rfind(", ", st, verb)
        if comma >= 0 and text[comma + 2 : verb].strip():
            if _PARENTHETICAL.match(text, comma + 2, verb):
                end = comma
            else:
                st = comma + 2
        for clause in _CLAUSE_AND.finditer(text, st, end):
            st = clause.end()
        lead = _CONJUNCTION.match(text, st, end)
        return (lead.end() if lead else st), end

    def _host(self, s: int, e: int) -> None:
        """A later meeting's host chosen: "accepted Poland's offer to host next year's summit"."""
        text = self.text
        cues = _cues()
        for pattern, by_group, start in cues.host:
            for m in pattern.finditer(text, s, e):
                end = _clause_end(text, m.end(), e)
                if start != "item" and cues.host_event.search(text, m.end(), end) is None:
                    continue  # hosting a dinner or a delegation is no venue chosen
                if by_group and not self._by_group(s, m.start()):
                    continue  # "Zambia and Malawi agreed that ...": not the summit's choice
                st = m.start(start) if start else m.start()
                chair = _UNDER_CHAIR.search(text, m.end(), end)
                holder = chair and _subject(self.doc, chair.end(), end, "presidency")
                if chair and holder:
                    # "... held in Lima in 2044 under the chairmanship of Peru": who chairs it.
                    self.add(st, end, kind="presidency", subject=holder, year=_year(text[st:end]))
                    continue
                if start == "item" and text.startswith(",", m.end()):
                    end = m.end()  # "... in Lima in 2044, under the guidance of X": a detail
                self.add(st, end, kind="other", subject=m["who"], year=_year(text[st:end]))
        for m in cues.host_passive.finditer(text, s, e):
            end = _clause_end(text, m.end(), e)
            if cues.host_event.search(text, m.end(), end) is None:
                continue
            host = self._host_before(max(s, m.start() - _HOST_REACH), m.start())
            if host is not None:
                st = host[0]
                self.add(
                    st, end, kind="other", subject=text[st : host[1]], year=_year(text[st:end])
                )

    def _election(self, s: int, e: int) -> None:
        """An organisation's office given by the summit: one designation of the person elected."""
        text = self.text
        cues = _cues()
        for m in cues.election.finditer(text, s, e):
            if not self._by_group(s, m.start()):
                continue
            end = _clause_end(text, m.end(), e)
            if cues.earlier.search(text, _near(s, m.start()), end):
                continue  # "The council elected X as Secretary-General in 2029, years ago"
            # "elected Dr. A as judge and Mr. B as member of the Committee": one election each.
            more = list(_AND_ELECTED.finditer(text, m.end(), end))
            parts = [(m.start(), m.span("who")), *((x.start("who"), x.span("who")) for x in more)]
            for k, (st, (a, b)) in enumerate(parts):
                stop = more[k].start() if k < len(more) else end
                named = self.doc.mentions_in(a, b)
                last = _LAST_NAME.search(text, a, b)
                who = named[0][2].name if named else last.group(1) if last else None
                if who is None:
                    # "elected Kuwait as vice-president": a member state holds the office.
                    who = self._member_state(a, b)
                if who is None:
                    continue
                kind = "presidency" if m["chair"] and k == 0 else "designation"
                # "elected A and B as Vice-Presidents": one office each, the first from the
                # verb, the last to the office.
                many = named[-1:]
                if k == 0 and m["plural"] and named:
                    many = [*self._co_holders(named, a, named[-1][0]), *many]
                if len(many) < 2:
                    self.add(st, stop, kind=kind, subject=who)
                    continue
                for j, (u, v, p) in enumerate(many):
                    z = stop if j == len(many) - 1 else v
                    self.add(st if j == 0 else u, z, kind=kind, subject=p.name, min_words=1)
        for m in cues.elected.finditer(text, s, e):
            # The person is the mention that ends right before the verb: "X was elected ...",
            # not a relative clause's antecedent ("X, who was elected ... in 2030"); for a
            # chair, a member state may be ("Ireland was elected to hold the Presidency").
            named = self.doc.mentions_in(s, m.start())
            holders = [(x[0], x[2].name) for x in named if x[1] == m.start()]
            if not holders and m["chair"]:
                place = self._host_before(max(s, m.start() - _HOST_REACH), m.start())
                state = self._member_state(*place) if place is not None else None
                if place is not None and state is not None:
                    holders = [(place[0], state)]
            end = _clause_end(text, m.end(), e)
            if holders and not cues.earlier.search(text, m.start(), end):
                kind = "presidency" if m["chair"] else "designation"
                clause = _main_clause(text, s, m.start())
                co: list[_Mention] = []
                if m["be"].startswith(("were", "have")):
                    # "A, and B were elected Vice-Presidents": each of the subject's people
                    # holds one office, named alone but the last, which runs to the office.
                    co = self._co_holders(named, clause, holders[-1][0])
                first = co[0][0] if co else holders[-1][0]
                if text[m.start()] == "," and not _TITLED.fullmatch(text, clause, first):
                    continue  # "X, nominated by Minister Y, was elected": Y is no holder
                for x in co:
                    self.add(x[0], x[1], kind=kind, subject=x[2].name, min_words=1)
                st, who = holders[-1]
                self.add(st, end, kind=kind, subject=who)

    def _co_holders(self, named: Sequence[_Mention], clause: int, st: int) -> list[_Mention]:
        """The people named before the one at ``st`` in one subject ("A, and B were ...").

        The subject starts at ``clause``: "After a speech by X, A and B were ..." holds no X.
        """
        found: list[_Mention] = []
        for x in reversed(named):
            if x[1] > st:
                continue
            if x[0] < clause:
                break
            if not _CO_SUBJECT.fullmatch(self.text, x[1], found[-1][0] if found else st):
                break
            found.append(x)
        return found[::-1]

    def _member_state(self, s: int, e: int) -> str | None:
        """The country ``[s, e)`` names ("the Republic of Chile"), without its article, or None."""
        name = norm(self.text[s:e]).removeprefix("the ").removeprefix("The ")
        return name if self.doc.knowledge.country(name) is not None else None

    def _host_before(self, s: int, e: int) -> tuple[int, int] | None:
        """The place or name that ends at ``e``: a gazetteer's country or city, else a name."""
        for h in self.doc.hits_in(s, e):
            if h.end == e and (h.has("country") or h.has("city")):
                return h.start, h.end
        m = _NAME_BEFORE.search(self.text, s, e)
        return (m.start(1), m.end(1)) if m else None

    def operative(self, s: int, e: int) -> None:
        """A resolution's operative paragraph in ``[s, e)``: what follows its verb is decided."""
        text = self.text
        cues = _cues()
        m = cues.operative.match(text, s, e)
        if m is None:
            return
        _, end = strip_span(text, m.end(), e)
        if text[end - 4 : end] in (" and", "\tand", "\nand"):
            _, end = strip_span(text, m.end(), end - 3)  # "...; and" before the last paragraph
        if m["verb"] in cues.operative_people:
            named = self.doc.mentions_in(m.end(), end)
            who = named[0][2].name if named else None
            self.add(m.end(), end, kind="designation", subject=who)
            return
        # "ESTABLISHES" reads as "establish", "CREATES" as "create": the heads' base forms.
        verb = m["verb"].lower()
        lead = verb[:-2] if verb.endswith(("shes", "ches", "sses", "xes")) else verb[:-1]
        self.add(m.end(), end, kind=classify_decision(f"{lead} {text[m.end() : end]}"))

    def _partners(self, s: int, e: int) -> None:
        """One agreement per partner ("decided to sign memorandums with agencies such as A, B")."""
        text = self.text
        for m in _PARTNERS.finditer(text, s, e):
            if not _SIGNING.search(text, _near(s, m.start()), m.start()):
                continue  # agreements only discussed
            for x, y in split_list(text, m.end(), _clause_end(text, m.end(), e)):
                for a, b in self._states(x, y, _AND_NAME):
                    name = re.sub(r"^(?:the|The)\s+", "", text[a:b])
                    self.add(a, b, kind="agreement", subject=name)

    def _fronted(self, s: int, st: int) -> int | None:
        """The year of an adverbial that opens the sentence ("In 2027, ...")."""
        m = _FRONTED_YEAR.search(self.text, _near(s, st), st)
        return int(m.group(1)) if m else None

    def _group_sentence(self, s: int, e: int) -> bool:
        """Whether the summit's members or organisation are named in the sentence."""
        if SUMMIT_GROUP.search(self.text, s, e) or _THEY.search(self.text, s, e):
            return True
        return any(h.has("org") or h.has("acronym") for h in self.doc.hits_in(s, e))

    def subject_lead(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` is only the summit as the subject of a list: "The Assembly:"."""
        text = self.text
        self.decided = self.bare = False
        lead = text[s:e].rstrip()  # a paragraph ending in a colon: rare, and read once
        if not lead.endswith(":") or len(lead) > LIST_LEAD_REACH:
            return False
        # "The Summit took the following decisions:": the items are what it decided.
        decided = _DECIDED_LEAD.search(lead)
        if decided is not None:
            lead = lead[: decided.start()].rstrip().rstrip(",") + ":"
        # Around the subject only adverbials set off by commas: "At the close of the
        # session, the Heads of State:" or "The Summit, among other things:".
        subject: tuple[int, int] | None = None
        at = s
        counts = lexicon().statement_numbers
        for part in lead[:-1].split(","):
            words = part.split()
            if words and words[0].lower() in _LEAD_ADVERBIAL_STARTS:
                if decided is None and _STATEMENT_WORD.search(part):
                    # "In the declaration, the leaders:": the statement's points; but "in
                    # their communique, agreed to:" says what they decided.
                    return False
                at += len(part) + 1
                continue
            if subject is not None or not words or len(words) > _LEAD_WORDS:
                return False
            # The summit's members are a subject too: "The leaders also:", "The member states:",
            # "the three leaders agreed to:"; and the meeting in lower case: "the plenary:".
            if any(
                w[:1].islower()
                and w not in _LEAD_LOWER
                and w not in _LEAD_ADVERBS
                and w not in counts
                for w in _cues().host_event.sub("", SUMMIT_GROUP.sub("", part)).split()
            ):
                return False  # a clause of its own, not a bare subject
            subject = (at, at + len(part))
            at += len(part) + 1
        if subject is None:
            return False
        a, b = subject
        led = (
            SUMMIT_GROUP.search(text, a, b) is not None
            or _cues().host_event.search(text, a, b) is not None  # "The Coordination Meeting:"
            or any(h.has("org") or h.has("acronym") for h in self.doc.hits_in(a, b))
        )
        self.decided = led and decided is not None
        self.bare = self.decided and decided is not None and decided["to"] is not None
        return led

    def _group_subject(self, s: int, e: int) -> bool:
        """Whether the sentence ``[s, e)`` opens with the summit or its organisation as subject."""
        m = _SUBJECT_START.match(self.text, s, e)
        a = m.end() if m else s
        if SUMMIT_GROUP.match(self.text, a, e):
            return True
        word = _CAPITAL_WORD.match(self.text, a, e)
        if word is not None and word.group() in (self.doc.meta.get("name") or "").split():
            return True  # "The Authority adopted ...": the summit by its own name's head
        return any(
            h.start == a and (h.has("org") or h.has("acronym")) for h in self.doc.hits_in(a, e)
        )

    def _own_head(self, start: int, verb: int) -> bool:
        """Whether the clause's subject is the summit's body by its name's head noun.

        "The Chu-Talas Water Commission met ... The commission also agreed to ...".
        """
        m = _HEAD_SUBJECT.match(self.text, start, verb)
        if m is None:
            return False
        heads = {
            name.split()[-1].casefold()
            for name in (self.doc.meta.get("organisation"), self.doc.meta.get("name"))
            if isinstance(name, str) and name.split()
        }
        return m["head"].casefold() in heads

    def _by_group(self, s: int, verb: int) -> bool:
        """Whether the summit, its members or its organisation are the subject of the verb."""
        if self.led and verb - s < _REACH and len(self.text[s:verb].split()) <= 1:
            # An item of a list whose lead is the summit ("The Assembly:"), at its verb or
            # after it: "- Approved the admission of X".
            return True
        start = _main_clause(self.text, s, verb)
        if _IMPERSONAL.fullmatch(self.text, start, verb):
            return True  # "It was agreed that ...": nobody but the summit is said to agree
        event = _cues().event_subject.match(self.text, start)
        if event is not None and event.end("noun") <= verb:
            return True
        if (
            self.before is not None
            and _IT.match(self.text, start)
            and not _SUBORDINATE.search(self.text, start, verb)
        ):
            # "The Authority met ... It approved X": "it" is the subject of the sentence before.
            return self._group_subject(*self.before)
        if SUMMIT_GROUP.search(self.text, start, verb) or _THEY.search(self.text, start, verb):
            return not self._pledge(s, verb)
        if self._own_head(start, verb):
            return True
        return any(h.has("org") or h.has("acronym") for h in self.doc.hits_in(start, verb))


# "the release of pledged funds": after a determiner or preposition the participle is an
# adjective, not the summit's verb.
_ATTRIBUTIVE: Final = re.compile(r"\b(?:of|the|its|their|our|all|any|for|with|from|on|in)\s+$")


#: A verb and a pronoun or an adverb of time only ("stop that", "do so", "do today"): what was
#: decided is said elsewhere.
_NO_OBJECT: Final = re.compile(
    r"[\w-]+(?:\s+(?:it|this|that|these|those|them|so|the\s+same|"
    r"today|now|here|again|then|tomorrow|soon)\b)+\s*[.!?,;”\"]*",
    re.IGNORECASE,
)
#: A summit of two makes its pair ("The two leaders", ``PAIR``) the summit itself.
_PAIR_SIZE: Final = 2
_QUOTE_EDGE: Final = frozenset('“”"«» .!?,')
# Characters of a clause; a full stop only after an abbreviation before a name ("Dr. X").
_WORDS: Final = r"(?:[^.;:,\n]|\.(?=\s[A-Z]))"
# The name a description ends with: "Rwandan diplomat Claudine Uwase (of Kenya)".
_LAST_NAME: Final = re.compile(
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,?\Z"
)
# A second person elected in the same clause: "... and Mr. B of Y as member of Z".
_AND_ELECTED: Final = re.compile(
    rf",?\s+and\s+(?P<who>(?:[A-Z][a-z]{{0,3}}\.?\s+)?[A-Z]{_WORDS}{{1,60}}?)\s+as\s"
)
# A name after a form of address: "Dr. Al-Harbi".
_ADDRESSED_NAME: Final = re.compile(rf"(?:{_ADDRESS_ONE}){{1,3}}({_NAME})")
_AND_NAME: Final = re.compile(r",?\s+and\s+(?=(?:the\s+)?[A-Z])")
# Names listed with commas too: "Somalia, Fiji and South Sudan".
#: What may follow the standing an admission gives: its noun ("member state"), the body
#: ("of the D-8", "of the Organisation"), then the clause's end or a joining word; a lower-case
#: noun after it makes the standing a modifier ("observer delegation").
_STANDING_TAIL: Final = re.compile(
    r"(?:\s+(?i:state|states|country|countries|nation|economy|economies))?"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,5})?"
    r"(?=\s*(?:[,.;:)]|\Z)|\s+(?:and|of|to|in|at|for|with|from|after|since|on|by|as|"
    r"from|during|until|effective|while)\b|\s+[^\W\d_]*[A-Z0-9])"
)
_JOINED_NAME: Final = re.compile(
    r",\s+(?:and\s+)?(?=(?:the\s+)?[A-Z])|\s+and\s+(?=(?:the\s+)?[A-Z])"
)


def _names(text: str, s: int, e: int, joiner: re.Pattern[str] = _AND_NAME) -> list[tuple[int, int]]:
    """The parts of ``[s, e)`` between ``joiner``'s matches, one span each.

    "the X Organisation (XO) and the Y Bank": one name each; with ``next_document``, one document.
    """
    parts = []
    pos = s
    for m in joiner.finditer(text, s, e):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, e))
    return parts


def _split_documents(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The documents of "an agreement on X and a joint declaration on Y", one span each."""
    if determined_series(text, s, e):
        return split_list(text, s, e)  # "the A plan, the B charter and the C programme"
    return _names(text, s, e, _cues().next_document)


# Where an office's handover starts inside its sentence: after a reporting verb's "that" ("The
# Summit decided that the Chairmanship ... will pass to X"), or at a relative pronoun after a
# comma ("..., whose country will chair the bloc in 2026", "a ceremony, at which X passed the
# chair to Y").
_INNER_CLAUSE: Final = re.compile(
    r"\b(?i:decided|decides|agreed|agrees|announced|confirmed|noted|said)\s+that\s+|"
    r",\s+(?:(?=whose\s)|(?:(?:at|in|during)\s+)?(?:who|which)\s+)"
)


# "It was agreed", "It has also been decided": an impersonal passive, whose agent is the summit.
_IMPERSONAL: Final = re.compile(
    r"It\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|further\s+|unanimously\s+)?"
)
_APPOINTMENT: Final = re.compile(r"(?i:the\s+)?(?:appointment|nomination)\s+of\s")
_DETERMINER: Final = re.compile(r"(?i:a|an|the)\s+(?:new\s+)?")
# A pronoun refers to what is told elsewhere ("No such contract was signed" is ``_hedged``).
_NOT_MADE: Final = re.compile(
    r"(?i:which|that|who|whom|it|this|these|those|they|he|she|its|their|what)\b"
)
# "was set up in 2011", "was launched in Cairo in 2019": a year told right after the verb (or
# its place) dates the act, whatever the report's date.
_EARLIER_YEAR: Final = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
    # "was created in the 1990s": a decade too.
    r"\s+(?:(?:back\s+)?in|since)\s+(?:1[89]\d\d|20\d\d|the\s+(?:early\s+|late\s+|mid-)?"
    r"(?:1[89]|20)\d0s)\b"
)
_BY: Final = re.compile(r"\s+by\s+")
#: "had approved": done before the time the report tells of.
_PLUPERFECT: Final = re.compile(r"\bhad\s+(?:already\s+|earlier\s+)?\Z")
#: How far before a verb :func:`_pluperfect` looks for its "had".
_PLUPERFECT_REACH: Final = 24


def _pluperfect(text: str, verb: int) -> bool:
    """Whether "had" ("had already", "had earlier") stands right before ``verb``."""
    return _PLUPERFECT.search(text, max(0, verb - _PLUPERFECT_REACH), verb) is not None


#: How far after a verb of setting up a year may date its object: "created the institution in".
_MADE_YEAR_REACH: Final = 48
# A participle's parenthesis between commas ("The accord, negotiated for years, was signed").
# A relative pronoun is the verb's own subject, no parenthesis.
_PARENTHETICAL: Final = re.compile(
    r"(?!(?:a|an|the|and|but|while|whereas|which|who|whom|whose|that)\b)[a-z]"
)
_CONJUNCTION: Final = re.compile(r"(?:and|but|while|whereas)\s+")
_PLACE_TAIL: Final = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\Z")
_CLAUSE_AND: Final = re.compile(r"\b(?:was|were|is|are)\s+(?:[\w-]+\s+){1,2}?and\s+")
_NAME_BEFORE_GERUND: Final = re.compile(r"(?<!\S)(?:[A-Z][\w’'-]*\s+)+\Z")


#: Who chairs a later meeting whose venue is settled: "(held in Lima) under the chairmanship of".
_UNDER_CHAIR: Final = re.compile(
    r"\bunder\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:co-)?"
    r"(?:chairmanship|chairpersonship|chairship|presidency)\s+of\s+",
    re.IGNORECASE,
)
#: The office's last holder after a handover's words: "(taking over the chair) from X".
_FROM_HOLDER: Final = re.compile(r"\s+from\s")
#: A handover told from its office: "the (term) chairmanship of the OTS was handed over".
_OFFICE_FIRST: Final = re.compile(r"(?i:presidency|chairmanship|chairship)\b")
#: An office's holder named after it: "to the President of Kyrgyzstan, Nurbek Asanaliyev".
_HOLDER_APPOSED: Final = re.compile(rf",\s+{_ADDRESS}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{1,3}}")
_OFFICE_OF: Final = re.compile(r"\bto\s+the\s+[A-Z][^,;]{0,80}\s+of\s+[^,;]{1,60}\Z")
_OFFICE_OF_REACH: Final = 160


#: An aside after a decision's text that says when it was decided: ", as agreed ...".
_AS_AGREED: Final = re.compile(r",?[ \t]*as[ \t]+(?:agreed|decided|announced)[ \t]+")


def _office_clause(text: str, s: int, pos: int) -> int:
    """Where the clause telling of an office's handover at ``pos`` starts."""
    st = _main_clause(text, s, pos)
    for m in _INNER_CLAUSE.finditer(text, st, pos):
        st = m.end()
    return st


def _near(s: int, pos: int) -> int:
    """Where a match at ``pos`` may look back to: its sentence's start, at most ``_REACH`` back."""
    return max(s, pos - _REACH)


#: Where the clause a verb stands in starts, read back from the verb.
_SUBCLAUSE_CUT: Final = re.compile(r"[,;]|\b(?:but|and)\b")
#: A negation or a condition before the verb in its clause.
_HEDGE: Final = re.compile(
    r"\b(?:no|not|never|neither|nor|none|nothing|without|cannot|if|unless|whether)\b|n['’]t\b|"
    r"\b(?:failed|fails|refused|refuses|declined|declines)\s+to\b",
    re.IGNORECASE,
)
#: A relative clause about a document's contents: "in which they pledged". (One about people
#: is no hedge: "the leaders, who pledged to ..." is the summit deciding.)
_RELATIVE: Final = re.compile(r"[\s\"”’']*(?:(?:in|by|under)\s+which|whereby)\b", re.IGNORECASE)


def _main_clause(text: str, s: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after an opening adverbial or a semicolon.

    At most ``_REACH`` characters before ``pos``.
    """
    s = max(s, pos - _REACH)
    semi = text.rfind(";", s, pos)
    if semi >= 0:
        s = semi + 1
    while s < pos and text[s].isspace():
        s += 1
    # A wire dateline opening the story is not part of the clause ("JAKARTA (AP) — Leaders ...").
    m = story_dateline(text, s, pos)
    if m and m.end() > s:
        s = m.end()
    m = re.match(
        r"(?:In\s+\d{4}|During\s+[^,]{0,60}|In\s+addition(?:\s+to\s+this)?|Also|"
        r"Following\s+[^,]{0,60}|After\s+[^,]{0,60}|As\s+a\s+result|Today|(?:At|In)\s+the\s+[^,]{0,60}|"
        r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[^,]{0,30})\s*,\s*"
        r"(?:and\s+)?",
        text[s:pos],
    )
    if m:
        s += m.end()
    m = re.match(r"and\s+", text[s:pos])
    if m:
        s += m.end()
    return s


# Written so that no two parts can match the same characters (words need white space between
# them): all-capitals or repeated-word text cannot make them backtrack (issue 9).
_YEAR_OF = re.compile(
    r"\bthe\s+[\"“]?((?:[A-Z][\w’'-]*\s+){0,2}?(?:Years?|Decade|Day)\s+of)\s+[\"“]?"
    r"([^\"“”\n]*[^\"“”\s])"
)
_DESIGNATED_NAME = re.compile(
    r"(?:The\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?)"
    r"(?=,|\s+(?:was|will|has)\b|\s+,)"
)


# The body a verb of setting up creates, in lower case after its determiner, up to a
# preposition, a clause or the end ("set up an ad hoc working group to ..."); a place opened
# ("open an office in X") is no such body.
_ESTABLISHED_NP: Final = re.compile(
    r"\b(?:set\s+up|establish(?:ed|es|ing)?|creat(?:e|ed|es|ing)|institut(?:e|ed|es|ing))\s+"
    r"(?:a|an|the)\s+(?:new\s+)?([a-z][^,;:.]*?)"
    r"(?=\s+(?:to|in|on|for|with|at|by|from|that|which|who)\b|[,;:.]|$)"
)


#: ", who " right before a relative clause, and how far back its person may be named.
_WHO_BEFORE: Final = re.compile(r",\s+who\s+$")
_ANTECEDENT_REACH: Final = 120
#: "from " right before a name: the office's outgoing holder.
_OUTGOING: Final = re.compile(r"\bfrom\s+(?:the\s+)?$")


def _subject(doc: Document, s: int, e: int, kind: str) -> str | None:
    text = doc.text
    item = text[s:e].replace("**", "")
    if kind == "presidency":
        m = _ELECTED.search(item)
        if m and doc.knowledge.country(m.group(1)) is not None:
            return m.group(1)  # "the election of Chile to the Presidency": the state elected
        m = re.search(rf"\bto\s+(?:the\s+)?{_NOT_MONTH}{_ADDRESS}({_OF_NAME})", item)
        if m:
            # "to Philippine President X", "to the President of Kyrgyzstan, X": the person, by
            # name; "to the President of Ghana": the country; "to the Kingdom of Bahrain".
            a = s + m.start(1)
            if doc.knowledge.country(m.group(1)) is not None:
                return m.group(1)
            named = doc.mentions_in(a, e)
            if named:
                return named[0][2].name
            for h in doc.hits_in(a, e):
                if h.end <= e and h.has("country"):
                    return text[h.start : h.end]
            return m.group(1)
        # "took over the chairmanship from Tuvalu": the office's last holder is not its new one;
        # a name waiting for evidence ("Elected H.E.", a list item's verb) is nobody yet.
        named = [
            n
            for n in doc.mentions_in(s, e)
            if not _OUTGOING.search(text, s, n[0]) and not (n[2].bare and n[2].weight == 0)
        ]
        if named:
            return named[0][2].name
        # "the People's Republic of China will preside over ...": the country as written.
        for h in doc.hits_in(s, e):
            if h.end <= e and h.has("country") and not _OUTGOING.search(text, s, h.start):
                return text[h.start : h.end]
        if _WHO_BEFORE.search(text, max(0, s - len(", who ")), s):
            # "X, who took over the chairmanship": the person the clause is about.
            before = doc.mentions_in(max(0, s - _ANTECEDENT_REACH), s)
            return before[-1][2].name if before else None
        return None
    if kind == "award":
        named = doc.mentions_in(s, e)
        return named[0][2].name if named else None
    if kind == "designation":
        if _APPOINTMENT.match(item):
            # "the appointment of Ms X as envoy": the person appointed.
            named = doc.mentions_in(s, e)
            return named[0][2].name if named else None
        m = re.match(
            r"(?:The\s+)?(?:city|town|region)\s+of\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", item
        )
        if m:
            return m.group(1)
        m = _YEAR_OF.search(item)
        if m:
            # "the Year of X in the Commonwealth": the designation ends before the place.
            name = f"{m.group(1)} {m.group(2)}"  # without quote marks round the theme
            head, *tail = name.rsplit(None, 3)
            return head if tail[:2] == ["in", "the"] and len(tail) == 3 else name
        m = _DESIGNATED_NAME.match(item)
        if m:
            return m.group(1).strip()
        return None
    if kind == "other":
        # "the accession of Moldova", "the Regulations of the X Forum"; "hold the next summit
        # in Windhoek": where.
        m = _cues().subject_of.search(item) or _cues().venue.search(item)
        return m.group(m.lastindex or 0) if m else None
    if kind == "establishment":
        founding = _cues().founding.match(item.lower())
        if founding is not None:
            # "the establishment of the X Authority for Y in Z": the body's whole name.
            body = _launched_name(item, founding.end(), len(item))
            if body is not None:
                return _PLACE_TAIL.sub("", body)
        m = re.search(r"\b(?:a|an|the)\s+(?:new\s+)?((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)\b", item)
        if m and len(m.group(1).split()) >= 2:
            return m.group(1)
        m = re.search(r"\b(?:a|an|the)\s+(?:new\s+)?(medal|order|award|prize)\s+(.+)$", item)
        if m:
            return f"{m.group(1)} {m.group(2)}"
        # "set up an ad hoc working group to deal with X": the body set up.
        m = _ESTABLISHED_NP.search(item)
        return m.group(1) if m else None
    return None


# "the following agreements", "The following documents were adopted at the summit": a list's
# announcement, not one of its items.
_FOLLOWING: Final = re.compile(
    r"(?:the\s+)?following\b(?:\s+[\w-]+){0,3}?(?:\s+(?:were|was|have\s+been|had\s+been)\b"
    r"(?:\s+[^\s:;.]+)*)?\s*:?\s*$",
    re.IGNORECASE,
)
# The most words a list's subject lead has ("The Mid-Year Coordination Meeting:").
_LEAD_WORDS: Final = 8
_STATEMENT_WORD: Final = re.compile(rf"\b(?i:{STATEMENT_NOUNS})\b")
#: A statement adopted, not "the audited financial statements" of a bank.
_STATEMENT_OBJECT: Final = re.compile(
    rf"(?:[^,;.\s]+\s+){{0,8}}?(?<!financial\s)(?i:{STATEMENT_NOUNS})\b"
)
# The first words of an adverbial beside a list's subject: "At the end of the summit,".
_ITEM_AND: Final = re.compile(r"(?:and|or)\s+(?=[a-z])")
_LEAD_ADVERBIAL_STARTS: Final = frozenset(
    {
        "according",  # "According to the ministry, the summit took the following decisions:"
        "beyond",  # "Beyond the pact, ministers agreed to:"
        "besides",
        "apart",
        "aside",
        "at",
        "on",
        "in",
        "during",
        "after",
        "following",
        "upon",
        "among",
        "inter",
        "before",
        "by",
        "under",
        "with",
        "when",
        "once",
        "as",
        "having",
        "finally",
        "also",
        "furthermore",
        "moreover",
        "lastly",
        "today",
        "yesterday",
    }
)
# The lower-case words of a list's subject lead: "The Council of Heads of State".
_LEAD_LOWER: Final = frozenset({"of", "the", "and", "for", "on", "all", "both"})
# Adverbs after a list's subject: "The Summit further:", "The leaders also:".
_LEAD_ADVERBS: Final = frozenset({"also", "further", "furthermore", "moreover", "then", "finally"})
# A lead that says the items are decisions: "The Summit took the following decisions:",
# "The Council decided as follows:".
_DECIDED_LEAD: Final = re.compile(
    r"\b(?:(?:took|adopted|made|reached|decided(?:\s+on)?|agreed(?:\s+on)?)\s+"
    r"(?:the\s+following(?:\s+[\w-]+){0,2}|as\s+follows)|(?:decided|resolved|agreed)"
    r"(?P<to>\s+to)?)\s*:$",
    re.IGNORECASE,
)


_Told = tuple[DecisionDraft, frozenset[str], frozenset[str], frozenset[str]]
# How many decisions of one kind and subject a decision is compared with: bounds the work.
_RETOLD_REACH: Final = 16


def _drop_retold(doc: Document) -> None:
    """Keep one of a decision told twice: a lede or standfirst sums up what the body tells.

    Two decisions of one kind are one when the words of the one are all in the other ("admit X
    as associate member" and "admit X as an associate member of the Forum"; "set up a cable
    repair fleet" and "set up a joint fleet of cable repair ships"), and so are their subjects'
    words; the fuller telling is kept.
    """
    text = doc.text
    # Each decision with its longer words, its subject's words, and all the words of both.
    groups: dict[str, list[_Told]] = {}
    for d in doc.decisions:
        told = re.findall(r"\w+", text[d.start : d.end].lower())
        words = frozenset(w for w in told if len(w) > 3)
        subject = frozenset(re.findall(r"\w+", (d.subject or "").lower()))
        groups.setdefault(d.kind, []).append((d, words, subject, subject | frozenset(told)))
    dropped: set[int] = set()
    for group in groups.values():
        for k, (d, words, subject, _) in enumerate(group):
            for o, other, _, other_all in group[max(0, k - _RETOLD_REACH) : k + _RETOLD_REACH]:
                if o is d or id(o) in dropped or not words:
                    continue
                # Another subject is the same thing only when all its words are told there too.
                if o.subject != d.subject and not (subject and subject <= other_all):
                    continue
                if words < other or (words == other and o.start > d.start):
                    dropped.add(id(d))
                    break
    if dropped:
        doc.decisions[:] = [d for d in doc.decisions if id(d) not in dropped]


def _drop_summed_up(doc: Document) -> None:
    """Drop a decision a lede sums up in other words than the body's telling below it.

    "set up a regional unit to trace firearms, as ..." in the lede and "establish a Regional
    Firearms Tracing Unit at ..." below: the first names no unit, and the second's name ends in
    its noun and holds another of its words. "a capital increase of USD 12 billion that will
    ..." and "A capital increase of USD 12 billion, to be paid ...": the same words up to where
    each phrase ends, and the shorter telling is kept.
    """
    text = doc.text
    told = [(d, text[d.start : d.end]) for d in doc.decisions]
    # The lede: the standfirst and the first body paragraph, where a report sums up; and the
    # first that reads as a story's sentence, when a related story's headline came first.
    lede = {b.index for b in doc.blocks if b.kind is BlockKind.STANDFIRST}
    body = [b for b in doc.blocks if b.kind in BODY_KINDS]
    lede.update(b.index for b in body[:1])
    story = next((b for b in body if story_paragraph(text[b.start : b.end])), None)
    if story is not None:
        lede.add(story.index)
    dropped: set[int] = set()
    for k, (d, words) in enumerate(told):
        generic = (
            _GENERIC.match(words)
            if d.kind in _SUMMED_KINDS and doc.block_at(d.start).index in lede
            else None
        )
        for o, other in told[k + 1 : k + _RETOLD_REACH]:
            if o.kind != d.kind or id(o) in dropped:
                continue
            if _same_phrase(words, other):
                dropped.add(id(d) if len(words) > len(other) else id(o))
                break
            if (
                generic is not None
                and doc.block_at(o.start).index not in lede
                and _names_it(generic, other)
            ):
                dropped.add(id(d))
                break
    if dropped:
        doc.decisions[:] = [d for d in doc.decisions if id(d) not in dropped]


def _same_phrase(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` say the same words up to where a phrase of each ends."""
    ta, tb = _TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())
    n = 0
    while n < min(len(ta), len(tb)) and ta[n] == tb[n]:
        n += 1
    ends = (len(ta) == n or ta[n] in _PHRASE_ENDS) and (len(tb) == n or tb[n] in _PHRASE_ENDS)
    return ends and sum(t[:1].isalnum() for t in ta[:n]) >= _SAME_WORDS


def _names_it(generic: re.Match[str], other: str) -> bool:
    """Whether ``other`` holds a name ending in the generic phrase's noun and sharing a word.

    "a regional unit to trace illegal firearms" and "a Regional Firearms Tracing Unit": the name
    ends in "Unit" and holds "Firearms" (words compared by their first letters, so "region's"
    meets "Regional").
    """
    head = generic["head"]
    theirs = {w.lower()[:_STEM] for w in _WORD.findall(generic.string[generic.start("words") :])}
    theirs -= {head[:_STEM]}
    for m in _CAPITALISED_RUN.finditer(other):
        name = m.group().split()
        if name[-1].lower() == head and {w.lower()[:_STEM] for w in name[:-1]} & theirs:
            return True
    return False


#: The kinds a lede names by its common noun ("a regional unit"): documents are many of a kind.
_SUMMED_KINDS: Final = frozenset({"establishment", "programme"})
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
#: Where a noun phrase stops and the words about it start: "..., to be paid", "... that will".
_PHRASE_ENDS: Final = frozenset({",", ";", "(", "that", "which", "to", "who"})
#: How many words two tellings share before their phrases end, to be one decision.
_SAME_WORDS: Final = 4
#: A decision that names no thing: a verb, "a" or "an", lower-case words up to the noun, and
#: the words about it.
_GENERIC: Final = re.compile(
    r"(?:[a-z]+(?:\s+up)?\s+)?an?\s+(?P<words>(?:[a-z0-9][\w-]*\s+){0,3}?(?P<head>[a-z]{3,}))"
    r"(?=\s+(?:to|at|in|for|on|that|which|with|of)\b|,|$)"
)
_WORD: Final = re.compile(r"\b[a-z][a-z’'-]{3,}")
_STEM: Final = 5
_CAPITALISED_RUN: Final = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")


#: An unmarked item copied from a web page's list: one sentence of a few words with no finite
#: verb ("The creation of a food fund, with headquarters in X.").
_ITEM_WORDS: Final = 30
_FINITE: Final = re.compile(
    r"\b(?:is|are|was|were|will|would|shall|has|have|had|said|says|did|does)\b", re.IGNORECASE
)
#: A sentence's subject and past verb: "The summit ended on Friday", "Leaders also met".
_SUBJECT_VERB: Final = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:also\s+)?"
    r"(?:[a-z]{2,}ed|met|held|took|began|made|gave|won|left)\b",
    re.IGNORECASE,
)


#: How far before a decision its sentence's lead is read for a noun a later "The X" names again.
_LEAD_BACK: Final = 200
#: A count of documents that names none: "Several agreements", "the 12 documents".
_COUNT: Final = re.compile(
    r"(?:the\s+)?(?:several|some|two|three|four|five|six|seven|eight|nine|ten|a\s+number\s+of|"
    rf"\d+)?\s*(?:[a-z-]+\s+)?{DOC_NOUNS}",
    re.IGNORECASE,
)


def _drop_counts(doc: Document, first: int) -> None:
    """Drop a list lead's count of documents ("Several agreements were signed. They include:").

    ``first`` is the index of the lead's first decision in ``doc.decisions``, which its
    paragraph's are the last of. The items that follow are the decisions, one per item.
    """
    doc.decisions[first:] = [
        d for d in doc.decisions[first:] if not _COUNT.fullmatch(doc.text, d.start, d.end)
    ]


def _unmarked_item(doc: Document, b: Block, *, lines: bool) -> str | None:
    """The style of an item copied from a page's list without its mark, or None if no item.

    After a lead that names what was signed or adopted (``lines``), a short verbless line, as
    text copied from a page's list is (a page's own ``<li>`` is read by ``item_mark``).
    """
    if not lines or b.kind is not BlockKind.PARAGRAPH:
        return None
    line = doc.text[b.start : b.end]
    if "\n" in line.strip() or len(line.split(maxsplit=_ITEM_WORDS)) > _ITEM_WORDS:
        return None
    if (
        len(block_sentences(doc, b.start, b.end)) > 1
        or _FINITE.search(line)
        or _SUBJECT_VERB.match(line)
    ):
        return None
    return "line"


def find_decisions(doc: Document) -> None:
    """Find decisions in every body paragraph, sentence by sentence."""
    finder = _Finder(doc)
    # What a side meeting agreed is the meeting's (what it signed a decision too), and
    # statements are not decisions.
    claimed = doc.meeting_blocks
    for st in doc.statements:
        if finder.free(st.start, st.end):
            finder.taken.add(st.start, st.end)
    text = doc.text
    # The paragraphs after a list's lead are its items while they are marked in one style, not
    # the lead's own ("4. ... exchanged:" then "(1) ...", "(2) ...", and "5." goes on the text).
    lead_style: str | None = None  # the lead's own marker style ("" for none) while listing
    item_style: str | None = None  # the style of the list's first item
    documents_led = False  # the lead names what was signed or adopted, not only the summit
    lead_from: int | None = None  # the index of the lead's first decision
    for b in doc.blocks:
        if b.kind not in BODY_KINDS or b.index in claimed:
            lead_style = None
            if b.kind in BODY_KINDS and b.kind is not BlockKind.TURN:
                # What the sides signed is the meeting's signed outcome, a decision too.
                for s, e in block_sentences(doc, b.start, b.end):
                    finder.signed_at_meeting(s, e)
            continue
        if lead_style is not None and b.kind is not BlockKind.TURN:
            item = item_mark(text, b)
            style, at = item or (_unmarked_item(doc, b, lines=documents_led), b.start)
            if (
                style is not None
                and style != lead_style
                and (item_style is None or style == item_style)
            ):
                if item_style is None and lead_from is not None:
                    _drop_counts(doc, lead_from)
                item_style = style
                if finder.led:
                    # "The Assembly:" then "- Decided to establish X;" or "1. ELECTS X": the
                    # lead is the subject. The item's own verb reads it first ("hand the chair
                    # to X" is a presidency); what it leaves is the item as the lead says.
                    for s, e in block_sentences(doc, at, b.end):
                        finder.sentence(s, e, spoken=False)
                    if finder.decided and text[at : at + 3] in ("to ", "To "):
                        # "took the following decisions:" then "1. to establish X;".
                        end = _clause_end(text, at, b.end)
                        for s, e in infinitives(text, at, end):
                            finder.add(s, e)
                    elif finder.bare:
                        # "agreed to:" then "- set up X;": the item is what was agreed, the
                        # last one without its "and" ("- and hand the chair to X.").
                        if (joined := _ITEM_AND.match(text, at, b.end)) is not None:
                            at = joined.end()
                        finder.add(at, _clause_end(text, at, b.end))
                    finder.operative(b.start, b.end)
                else:
                    finder.item(at, _clause_end(text, at, b.end))
                continue
        lead_style = item_style = lead_from = None
        documents_led = False
        finder.led = False
        finder.before = None
        finder.turn = b.kind is BlockKind.TURN
        block_from = len(doc.decisions)
        for s, e in block_sentences(doc, b.start, b.end):
            # A sentence quoted whole ("“Today we decided to stop that.”") holds its marks.
            qs, qe = s, e
            while qs < qe and text[qs] in _QUOTE_EDGE:
                qs += 1
            while qe > qs and text[qe - 1] in _QUOTE_EDGE:
                qe -= 1
            spoken = b.kind is BlockKind.TURN or doc.in_speech(qs, qe)
            finder.sentence(s, e, spoken=spoken)
            finder.before = (s, e)
        if b.kind is not BlockKind.TURN:
            finder.operative(b.start, b.end)
            # Only a paragraph ending in a colon leads into a list; most end otherwise.
            if not text[max(b.start, b.end - 8) : b.end].rstrip().endswith(":"):
                continue
            lead = LIST_LEAD.search(text, max(b.start, b.end - LIST_LEAD_REACH), b.end)
            finder.led = lead is None and finder.subject_lead(b.start, b.end)
            if (lead is not None or finder.led) and not _cues().earlier.search(
                text, b.start, b.end
            ):
                own = LIST_MARK.match(text, b.start, b.end)
                lead_style = mark_style(own) if own is not None else ""
                documents_led = lead is not None
                lead_from = block_from
    doc.decisions.sort(key=lambda d: d.start)
    _drop_retold(doc)
    _drop_summed_up(doc)
    # One handover told twice ("handed the chair to X", later "X will chair the bloc in 2026"):
    # the telling that names no holder is the same presidency, not another.
    held = [d for d in doc.decisions if d.kind == "presidency" and d.subject is not None]
    if held:
        # "X, who took over the chairmanship" after "handing the chair to Kenya": the holder's
        # country names the same presidency.
        countries = {p.name: p.country for p in doc.people if p.country is not None}
        holders = {h.subject for h in held}
        doc.decisions[:] = [
            d
            for d in doc.decisions
            if d.kind != "presidency"
            or (d.subject is not None and countries.get(d.subject) not in holders)
            or (d.year is not None and all(h.year not in (None, d.year) for h in held))
        ]
