"""Resolution: who every description, pronoun and cue refers to.

Role descriptions ("the Belarusian leader", "his Uzbek counterpart", "the President of Russia")
map to the participant with that country and role; descriptions with no country ("the Head of
State", "the President") map to the report's main figure, the protagonist; a first name with a
patronymic ("Shavkat Miromonovich") or an editorial gloss ("[Mirziyoyev, Uzbekistan President]")
maps by name. Each resolved phrase becomes an alias of the person and the evidence stays on the
quote (its cue).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from typing import TYPE_CHECKING, Final

from .._document import HEAD_KINDS, BlockKind, Document, Person, QuoteDraft
from ..extractors._text import block_sentences, hosts_meeting
from ..extractors.people import (
    NOT_BEFORE_NAMES,
    OF_STATE,
    PATRONYMIC,
    add_alias,
    beside_country,
)
from ..mentions.lexicon import lexicon
from .home import site_country

if TYPE_CHECKING:
    from .._document import Description

__all__ = ["NOBODY", "antecedent", "protagonist_as", "resolve_people", "resolve_speakers"]

_PRONOUNS: Final = frozenset({"he", "she"})
#: A pronoun as the source of words ("According to him, ...", "In his opinion, ..."): its
#: subject form.
_OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "his": "he"}
_UNRESOLVED: Final = "unresolved"
#: How a speech quote of nobody in particular was told: kept with speaker null.
NOBODY: Final = "nobody"
_SENTENCE_ENDS: Final = frozenset('.!?:;”"»—–-')
#: Words before a name said again that make it a place or a thing's: those before a first
#: mention, and "to" and "from", after which a first mention may still be someone spoken to.
_PLACE_BEFORE: Final = NOT_BEFORE_NAMES | {"to", "from"}


#: An article before a description that makes it someone unnamed, not a participant.
_INDEFINITE: Final = re.compile(r"\b(?i:a|an|another|one)\s+\Z")


def _unnamed(text: str, d: Description) -> bool:
    """Whether ``d`` is indefinite ("a senior Canadian official"): someone left unnamed."""
    return _INDEFINITE.search(text, max(0, d.start - len("another ")), d.start) is not None


def _fold(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


def _leader_noun(phrase: str) -> bool:
    """Whether a description ends in a noun that names a leader ("the Liberian leader")."""
    return any(phrase == n or phrase.endswith(f" {n}") for n in lexicon().leader_nouns)


# Where a title's complement starts: "Minister | of Environment", "Envoy | for Climate".
_COMPLEMENT: Final = re.compile(r" (?:of|for|at|to|in|on) ")


def _leads_a_state(doc: Document, p: Person) -> bool:
    """Whether ``p``'s title is a state's leader's: "executive president of a bank" is not.

    "President of the Republic" is: the office of the state, as :func:`_fits_hero` reads it.
    """
    if p.title_kind not in HEAD_KINDS or p.role is None:
        return False
    office, of, _ = p.role.partition(" of ")
    state = of and OF_STATE.match(p.role, len(office) + 1)
    title = doc.knowledge.title(office if state else p.role)
    return title is not None and title.kind in HEAD_KINDS


def _abridges(short: str, title: str) -> bool:
    """Whether ``short`` is ``title`` with inner words left out, its first and last kept.

    "vice minister" abridges "vice foreign minister".
    """
    words, full = short.split(), title.split()
    if len(words) < 2 or len(words) >= len(full) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(w in rest for w in words[1:-1])


def describe_match(doc: Document, d: Description) -> Person | None:
    """The one participant a description fits, or None."""
    people = [p for p in doc.people if p.weight >= 1]
    if d.plural:
        return None
    if d.country is not None or d.countries:
        # "the Korean leader": either Korea, as long as one participant is of one of them.
        cands = [
            p for p in people if p.country is not None and p.country in (d.country, *d.countries)
        ]
        if d.role and not d.role_noun:
            same = [p for p in cands if p.role and _fold(p.role) == _fold(d.role)]
            if not same and d.title_kind in HEAD_KINDS:
                # "the Peruvian head of state", "the Greek premier": the kind of office, not
                # the title as the text first gave it.
                same = [p for p in cands if p.title_kind == d.title_kind]
            if not same and d.title_kind not in HEAD_KINDS:
                # "the Austrian minister" for Interior Minister X: the office by its head noun,
                # never a head of government's ("Prime Minister").
                # "Minister of Environment, Waters and Forests": the head noun before its
                # complement.
                role = _fold(d.role)
                same = [
                    p
                    for p in cands
                    if p.role
                    and (head := _COMPLEMENT.split(_fold(p.role), 1)[0])
                    and (head == role or head.endswith(" " + role) or _abridges(role, head))
                    and p.title_kind not in HEAD_KINDS
                ]
            if same:
                cands = same
            elif cands and all(p.role for p in cands):
                cands = []
        elif d.role_noun:
            heads = [p for p in cands if p.title_kind in HEAD_KINDS or p.title_kind is None]
            # "The Liberian leader" is no minister; "his Liberian counterpart" may be one.
            # A minister fits "his Liberian counterpart" only where no leader of unknown
            # country might be the one meant.
            unsure = any(p.country is None and p.title_kind in HEAD_KINDS for p in people)
            leader = _leader_noun(_fold(doc.text[d.start : d.end]))
            cands = heads if leader or unsure else heads or cands
            if (
                leader
                and not cands
                and not _OBJECT_BEFORE.search(doc.text, max(0, d.start - 16), d.start)
            ):
                # "President X said ... the Liberian leader said": the one leader whose
                # country the text left out; a Liberian minister is no leader. After a
                # preposition it is someone else ("a message from the Ugandan leader").
                cands = [p for p in people if p.country is None and _leads_a_state(doc, p)]
        return cands[0] if len(cands) == 1 else None
    if d.organisation is not None:
        cands = [p for p in people if p.organisation == d.organisation]
        if d.role:
            cands = [p for p in cands if _holds(p, d.role)] or cands
        return cands[0] if len(cands) == 1 else None
    return None


# The most tokens of a title or another known phrase before a name.
_TITLE_TOKENS: Final = 6


def resolve_people(doc: Document) -> None:
    """Attach descriptions and name variants to participants and choose the protagonist.

    Each description resolved gets its ``person``; the mention index is rebuilt at the end, as
    surnames and descriptions become mentions.
    """
    text = doc.text
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    lex = lexicon()
    counts: Counter[int] = Counter()
    for p in doc.people:
        counts[id(p)] += len(p.mentions)
    # Surnames and patronymic forms anywhere in the text count as mentions.
    by_part: dict[str, list[Person]] = {}
    for p in doc.people:
        for part in p.name.split():
            if part[:1].isupper() and len(part) > 2:
                by_part.setdefault(part, []).append(p)
    # Tokens already inside a mention (by token, so the test is a lookup, not a scan).
    covered = bytearray(len(toks))
    for p in doc.people:
        for s, e in p.mentions:
            for n in toks.within(s, e):
                covered[n] = 1
    # A page's furniture (other stories' headlines, menus) names nobody of the story: neither
    # walk below reads it.
    furniture = bytearray(len(toks))
    for b in doc.blocks:
        if b.kind is BlockKind.CLUTTER:
            for n in toks.within(b.start, b.end):
                furniture[n] = 1
    # Whether a token ends a name of its own: asked by both walks below, answered once.
    glued_at: dict[int, bool] = {}

    def ends_name(n: int) -> bool:
        if n not in glued_at:
            glued_at[n] = _glued(doc, n, lex.not_names)
        return glued_at[n]

    for n, w in enumerate(toks.words):
        owners = by_part.get(w)
        if not owners or len(owners) != 1 or covered[n] or furniture[n] or ends_name(n):
            continue
        p = owners[0]
        span = (toks.starts[n], toks.ends[n])
        if w == p.surname or w in p.name.split()[1:]:
            p.mentions.append(span)
            counts[id(p)] += 1
        elif w == p.given and n + 1 < len(toks) and PATRONYMIC.fullmatch(toks.words[n + 1]):
            alias = f"{w} {toks.words[n + 1]}"
            if alias not in p.aliases:
                p.aliases.append(alias)
            p.mentions.append((toks.starts[n], toks.ends[n + 1]))
            counts[id(p)] += 1
    # A bare name is confirmed when its surname turns up again outside the name itself.
    waiting = [p for p in doc.people if p.bare and p.weight == 0]
    if waiting:
        seen: dict[str, list[int]] = {}
        surnames = {p.surname for p in waiting}
        parts = {w for p in waiting for w in p.name.split()}
        # Not as the end of another name: "the Syr Darya and Amu Darya basins".
        glued: dict[int, str] = {}
        for n, w in enumerate(toks.words):
            if w in surnames and not furniture[n]:
                if ends_name(n):
                    glued[toks.starts[n]] = toks.words[n - 1]
                if _placed(doc, n, parts):
                    continue  # "the 22nd summit in Hat Yai": a place named again
                seen.setdefault(w, []).append(toks.starts[n])
        # Or when a quote's cue names it with an apposition or an honorific: "said Ana Ruiz,
        # a researcher at X", "Professor Ana Ruiz told": the words of a person, quoted.
        cues = sorted(q.subject for q in doc.quotes if q.kind == "speech" and q.subject)
        cue_starts = [cs for cs, _ in cues]
        for p in waiting:
            own = p.name.split()
            if any(
                not p.start <= at < p.end and glued.get(at, own[0]) in own
                for at in seen.get(p.surname, ())
            ) or any(
                _in_cue(cues, cue_starts, ms) and _introduced(doc, ms, me) for ms, me in p.mentions
            ):
                p.weight = 1
    # Descriptions with a country or organisation resolve on their own.
    pending: list[Description] = []
    for d in doc.descriptions:
        match = None if _unnamed(text, d) else describe_match(doc, d)
        if match is None:
            pending.append(d)
            continue
        p = match
        _take_country(p, d)
        if not _in_brackets(text, d.start):
            # An editorial gloss ("[Mirziyoyev, Uzbekistan President]") explains, it is not a
            # way the text refers to the person.
            add_alias(p, text[d.start : d.end])
        p.mentions.append((d.start, d.end))
        counts[id(p)] += 1
        d.person = p
    # "Prime Minister X hosted the summit": the host, whom a bare title hosting it names too.
    hosts = _hosts(doc)
    hosting = {id(p) for p in hosts}
    if hosts:
        left: list[Description] = []
        for d in pending:
            owners = [p for p in hosts if _holds(p, d.role)]
            if (
                d.country is None
                and d.organisation is None
                and not d.plural
                and len(owners) == 1
                and hosts_meeting(text, d.end)
            ):
                _attach(d, owners[0], text[d.start : d.end])
                counts[id(owners[0])] += 1
            else:
                left.append(d)
        pending = left
        _host_country(doc, hosts)
    # The protagonist: the person the headline and standfirst speak of, else the host, else
    # the most named.
    top = [b for b in doc.blocks if b.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST)]
    lead: Counter[int] = Counter()
    for p in doc.people:
        for s, _e in p.mentions:
            if any(b.start <= s < b.end for b in top):
                lead[id(p)] += 1
    # Speakers name others in their speeches; the report's own sentences show whom it follows,
    # and someone named only inside a speech is spoken of, not taking part.
    any_speech = any(q.kind == "speech" for q in doc.quotes)
    narrative: Counter[int] = Counter()
    for p in doc.people:
        narrative[id(p)] = sum(1 for s, e in p.mentions if not doc.in_speech(s, e))
    for p in doc.people:
        if narrative[id(p)] == 0 and any_speech and not _present(doc, p, lex.presence_cues):
            p.weight = 0
    # On a government's own page its head of state or government is the one it follows, however
    # often a guest is named ("Head of State holds talks with President of X Y"); a page titles
    # its own leader without a country ("The President of the Republic, NAME"), its guests
    # with one.
    doc.site_country = home = site_country(doc)
    ranked = sorted(
        doc.people,
        key=lambda p: (
            home is not None and p.country in (home, None) and p.title_kind in HEAD_KINDS,
            lead[id(p)],
            id(p) in hosting,
            narrative[id(p)],
            counts[id(p)],
            p.weight,
        ),
        reverse=True,
    )
    if ranked and doc.protagonist is None:
        doc.protagonist = ranked[0]
    hero = doc.protagonist
    named_at = sorted(s for p in doc.people for s, _e in p.mentions)
    # "The incoming Chair, President X, ...": the description is X's, and so is the same
    # description later ("the incoming Chair said"), unless it was set beside two people.
    apposed_as: dict[str, Person | None] = {}
    for d in pending:
        phrase = text[d.start : d.end]
        if d.plural or _titles_next_name(doc, d, named_at):
            continue
        key = _fold(phrase).removeprefix("the ")
        who = _apposed(doc, d.end, titled=True)
        if who is not None:
            apposed_as[key] = who if apposed_as.get(key, who) is who else None
        elif _unnamed(text, d):
            continue
        else:
            who = apposed_as.get(key) or (
                # A country given by an apposition above: "the Equatorial Guinean Head of State".
                describe_match(doc, d) if d.country is not None else None
            )
        if who is not None:
            _attach(d, who, phrase)
            continue
        # "The Prime Minister" is the one prime minister, when there is one; "the Secretary
        # General" the one "Secretary General of X", when nobody else may be meant.
        title = _fold(d.role or "")
        holders = _holders(doc, title)
        exact = [p for p in holders if _fold(p.role or "") == title]
        if d.country is None and d.organisation is None:
            own_holders = [p for p in exact if not _guest_of(doc, p)]
            if (
                len(holders) == 1
                and (exact or _fold(phrase).startswith("the "))
                and not _guest_of(doc, holders[0])
            ):
                _attach(d, holders[0], phrase)
                continue
            if len(exact) > 1 and len(own_holders) == 1:
                # "the Prime Minister" on a government's page, with a guest prime minister of
                # another country named too: the page's own, whom it titles without a country
                # (with no page's country, nobody is a guest).
                _attach(d, own_holders[0], phrase)
                continue
        if hero is None or _guest_of(doc, hero):
            continue
        if (
            len(exact) > 1
            and d.country is None
            and d.organisation is None
            and _fold(phrase) not in lex.protagonist_roles
        ):
            # "Prime Minister said" in a report with two prime ministers: either could be meant.
            continue
        if (
            d.country is None
            and d.organisation is None
            and not _other_kind(hero, d.title_kind in HEAD_KINDS or d.role_noun)
            and (_fits_hero(hero, d) or _fold(phrase) in lex.protagonist_roles)
            and _may_name(doc, hero, d.role)
            and not _other_holder_before(doc, d, hero, holders)
        ):
            if hero.role is None and d.role:
                # "Rt Hon X ... The Prime Minister said": the description says who X is.
                hero.role, hero.title_kind = d.role, d.title_kind
            _attach(d, hero, phrase)
        elif (
            d.country is not None
            and d.country == hero.country
            and (d.role is None or hero.role is None or _fold(d.role) == _fold(hero.role))
            # "the Chilean leader" is no minister, though the main figure is Chilean.
            and not _other_kind(hero, _leader_noun(_fold(phrase)))
        ):
            if hero.role is None and d.role:
                hero.role, hero.title_kind = d.role, d.title_kind
            add_alias(hero, phrase)
            d.person = hero
        elif (
            d.country is not None
            and hero.country is None
            and hero.organisation is None
            and (
                (d.role is not None and (hero.role is None or _holds(hero, d.role)))
                # "The Kyrgyz leader", "the Cameroonian Head of State" of a president whose
                # country the text left out.
                or (d.role_noun and _leads_a_state(doc, hero) and _leader_noun(_fold(phrase)))
                or (d.title_kind in HEAD_KINDS and hero.title_kind == d.title_kind)
            )
            and not any(p.country == d.country for p in doc.people)
            and not _OBJECT_BEFORE.search(text, max(0, d.start - 16), d.start)
        ):
            # "The President of Belarus took part ..." in a report that names its main figure
            # only bare: the description says who they are. After a preposition it names
            # someone else ("a message of congratulations to the President of Malawi").
            if d.role is not None and (
                hero.role is None or (_holds(hero, d.role) and _fold(d.role) != _fold(hero.role))
            ):
                # The same office in lower case ("South Africa's president") keeps its title.
                hero.role, hero.title_kind = d.role, d.title_kind
            hero.country = d.country
            add_alias(hero, phrase)
            d.person = hero
    doc.index_mentions()


def _hosts(doc: Document) -> list[Person]:
    """The participants the text says hosted a meeting, named right before the verb."""
    return [
        p
        for p in doc.people
        if p.weight >= 1 and any(hosts_meeting(doc.text, e) for _s, e in p.mentions)
    ]


def _host_country(doc: Document, hosts: list[Person]) -> None:
    """The one head hosting a meeting in a country, and titled without one, is of it.

    Not where another head is already of that country, nor for an organisation's official.
    """
    country = doc.meta.get("country")
    if country is None or len(hosts) != 1:
        return
    (p,) = hosts
    if (
        p.country is None
        and p.organisation is None
        and p.title_kind in HEAD_KINDS
        and not any(q.country == country and q.title_kind in HEAD_KINDS for q in doc.people)
    ):
        p.country = country


#: A preposition just before a description: someone written to, met or named by, an object.
_OBJECT_BEFORE: Final = re.compile(
    r"\b(?:to|with|by|from|for|into|towards?|against|than|between)\s+\Z", re.IGNORECASE
)
#: How far around a mention its sentence is looked for (characters each side).
_SENTENCE_REACH: Final = 200


def _present(doc: Document, p: Person, cues: tuple[str, ...]) -> bool:
    """A speaker says ``p`` is present: "I thank our guest, President X, for joining us"."""
    text = doc.text
    for s, e in p.mentions:
        lo = max(0, s - _SENTENCE_REACH)
        hi = min(len(text), e + _SENTENCE_REACH)
        left = max(lo - 1, *(text.rfind(m, lo, s) for m in (".", "!", "?", "\n", ":")))
        right = min(
            (x for x in (text.find(m, e, hi) for m in (".", "!", "?", "\n")) if x >= 0),
            default=hi,
        )
        sentence = _fold(text[left + 1 : right])
        if any(c in sentence for c in cues):
            return True
    return False


def _in_brackets(text: str, pos: int) -> bool:
    opening = text.rfind("[", max(0, pos - 80), pos)
    return opening >= 0 and text.find("]", opening, pos) < 0


#: "X, a senior researcher at Y", "X, an analyst with Y", "X, professor of law at Y": a
#: person's post (without an article, not a participle: "X, speaking at Y").
_APPOSITION: Final = re.compile(
    r",\s+(?:(?:a|an|the)\s+|(?![a-z]+(?:ing|ed)\s))"
    r"(?:[a-z][\w-]*\s+){1,4}(?:at|of|with|for|from|in)\s+(?:the\s+)?[A-Z]"
)


def _placed(doc: Document, n: int, parts: set[str]) -> bool:
    """Whether the name whose last word is token ``n`` stands where places do, not people.

    After a preposition or an article ("the summit in Hat Yai", "the Hat Yai meeting"), or
    joined to a country ("Palestine and Al-Quds"). ``parts`` are the words of names.
    """
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    k = n
    while k > 0 and toks.words[k - 1] in parts and toks.ends[k - 1] == toks.starts[k] - 1:
        k -= 1
    return (k > 0 and toks.keys[k - 1] in _PLACE_BEFORE) or beside_country(doc, k)


def _glued(doc: Document, n: int, not_names: frozenset[str]) -> bool:
    """Whether token ``n`` ends a name of its own: after a capitalised word that is no title.

    "the Kafirnigan Darya" holds no mention of a "Surkhan Darya"; "President Darya", "Kenyan
    Darya" and "The Darya" do.
    """
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    if n == 0 or not toks.is_cap(n - 1) or toks.words[n - 1] in not_names:
        return False
    if toks.ends[n - 1] != toks.starts[n] - 1:
        return False  # "..., Darya": not one name
    back = toks.starts[max(0, n - _TITLE_TOKENS)]
    return not any(h.j == n for h in doc.hits_in(back, toks.starts[n]))


def _in_cue(cues: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted cue subjects ``cues`` (starting at ``starts``)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < cues[i][1]


def _introduced(doc: Document, s: int, e: int) -> bool:
    """Whether the name at ``[s, e)`` comes with an apposition or after an honorific."""
    if _APPOSITION.match(doc.text, e):
        return True
    return any(
        h.has("honorific") and not doc.text[h.end : s].strip()
        for h in doc.hits_in(max(0, s - 20), s)
    )


def protagonist_as(doc: Document, phrase: str) -> Person | None:
    """The protagonist, when ``phrase`` ("the President", "the leader") may name them.

    Not where other participants hold the title the phrase says and the protagonist does not:
    "the President" is no prime minister where presidents take part.
    """
    hero = doc.protagonist
    words = phrase.split()
    role = " ".join(words[1:] if words and words[0].lower() == "the" else words)
    if hero is None or _guest_of(doc, hero):
        return None
    title = doc.knowledge.title(role)
    leads = (title is not None and title.kind in HEAD_KINDS) or _leader_noun(_fold(phrase))
    if _other_kind(hero, leads):
        return None  # "the Head of State said" of a minister: someone else, unnamed here
    return hero if _may_name(doc, hero, role) else None


def _guest_of(doc: Document, p: Person) -> bool:
    """Whether ``p`` is a guest on a government's own page: another country's, or an official.

    An organisation's official is a guest too. There a bare "the Head of State" or "the Prime
    Minister" is the site's own leader, whom the page may never name.
    """
    home = doc.site_country
    return home is not None and (
        (p.country is not None and p.country != home) or p.organisation is not None
    )


def _may_name(doc: Document, hero: Person, role: str | None) -> bool:
    """Whether a bare title ``role`` may name ``hero``: not another participant's title alone."""
    if role is None or _holds(hero, role):
        return True
    want = _fold(role)
    return not any(p.role is not None and _fold(p.role) == want for p in doc.people)


def _holds(p: Person, role: str | None) -> bool:
    """Whether ``p``'s title holds ``role`` ("President of the Republic" holds "President").

    Not where a word before it makes another office: a "Deputy Prime Minister" holds no "Prime
    Minister", a "Vice-President" no "President", a "Prime Minister" no "Minister".
    """
    if role is None or p.role is None:
        return False
    have = _fold(p.role)
    return any(
        not another_office(have[: m.start()]) for m in re.finditer(re.escape(_fold(role)), have)
    )


def another_office(before: str) -> bool:
    """Whether the words ``before`` a title make it another office: "deputy", "vice-", "prime"."""
    words = before.replace("-", " ").split()
    return bool(words) and words[-1].lower() in lexicon().another_office


def _attach(d: Description, p: Person, phrase: str) -> None:
    """Resolve ``d`` to ``p``: its phrase becomes an alias and a mention of ``p``."""
    add_alias(p, phrase)
    p.mentions.append((d.start, d.end))
    d.person = p
    _take_country(p, d)


def _take_country(p: Person, d: Description) -> None:
    """Give ``p``, of no country or body yet, the country ``d`` names, if it names one.

    "His Equatorial Guinean counterpart, President X", "the Liberian leader" of a president
    the text gave no country.
    """
    if p.country is None and p.organisation is None:
        p.country = d.country


def _other_holder_before(
    doc: Document, d: Description, hero: Person, holders: list[Person]
) -> bool:
    """Whether the last sentence naming someone before ``d`` names another holder of its title.

    "... handed over to Minister of Water X. 'We take over,' the minister said": X, not the
    page's main figure, when that sentence does not name the main figure too. A capitalised
    title ("the Minister") is a page's way to name its own.
    """
    if d.role_noun or len(holders) < 2 or hero not in holders:
        return False
    if not doc.text[d.start : d.end].islower():
        return False  # "the Minister said" on a ministry's page: its own minister
    near = _named_last(doc, holders, d.start)
    return bool(near) and hero not in near


def _named_last(doc: Document, people: list[Person], at: int) -> list[Person]:
    """Those of ``people`` the last sentence naming someone before ``at`` names."""
    found = _sentence_people(doc, max(0, at - _ANTECEDENT_REACH), at)
    named = {id(p) for _s, _e, p in found[2] if p is not None} if found else set()
    return [p for p in people if id(p) in named]


def _other_kind(hero: Person, leads: bool) -> bool:
    """Whether words that name a leader (``leads``) miss ``hero``, who holds another known office.

    "The Head of State" is no minister, whatever chair the minister holds.
    """
    return leads and hero.title_kind not in (None, *HEAD_KINDS)


def _fits_hero(hero: Person, d: Description) -> bool:
    if d.role_noun:
        return True
    if d.role is None:
        return False
    if _holds(hero, d.role):
        return True
    # "The Head of State" is the President; "the King" is no Prime Minister. "The President of
    # the Commission" heads a body: an office with a complement fits where the complement names
    # the state or the body the hero's own title names.
    office, of, body = d.role.partition(" of ")
    if (
        of
        and body
        and not OF_STATE.match(d.role, len(office) + 1)
        and not (hero.role and _fold(body.split()[-1]) in _fold(hero.role).split())
    ):
        return False
    return d.title_kind in HEAD_KINDS and hero.title_kind == d.title_kind


def _titles_next_name(doc: Document, d: Description, named_at: list[int]) -> bool:
    """Whether ``d`` is the title of the name right after it, not a way to refer to someone.

    "Secretary (East) in the external affairs ministry Kavita Raghunathan told": the title's
    body, opening with a bracket or a preposition and holding no verb, comma or sentence end,
    stands between the description and the name.
    """
    k = bisect.bisect_left(named_at, d.end)
    if k == len(named_at) or named_at[k] - d.end > _APPOSED_REACH:
        return False
    gap = doc.text[d.end : named_at[k]]
    words = gap.split(maxsplit=1)
    if not words or any(c in _NOT_IN_TITLE for c in gap):
        return False
    if not (words[0].startswith("(") or words[0] in _TITLE_BODY_OPENERS):
        return False
    return not any(h.has("verb") for h in doc.hits_in(d.end, named_at[k]))


#: The words a title's body after its noun opens with ("Secretary for ...", "Minister in ...").
_TITLE_BODY_OPENERS: Final = frozenset({"of", "for", "in", "at", "to", "on"})
#: What a title's words never hold: a clause's or a sentence's end, a quote.
_NOT_IN_TITLE: Final = frozenset(',.;:!?\n"“”')


def person_in(doc: Document, s: int, e: int) -> Person | None:
    """The participant named or described inside ``[s, e)`` (the first one)."""
    named = doc.mentions_in(s, e)
    best: tuple[int, Person] | None = (named[0][0], named[0][2]) if named else None
    descriptions = doc.descriptions
    first = bisect.bisect_left(descriptions, s, key=_start)
    for d in itertools.islice(descriptions, first, None):
        if d.start >= e or (best is not None and d.start >= best[0]):
            break
        if d.end <= e and d.person is not None:  # resolved (only once resolution has run)
            best = (d.start, d.person)
            break
    return best[1] if best else None


#: How many forms of address may stand in a row before a name ("H.E. Mr. Dr."), read at most.
_FORMS_IN_A_ROW: Final = 4


def _honoured(doc: Document) -> dict[str, Person]:
    """Forms of address the text sets before one person's name alone, folded: that person.

    "His Highness Sheikh Khalid" lets a later "His Highness said" mean him; a form set before
    two people's names ("His Excellency A", "His Excellency B") means neither.
    """
    text = doc.text
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    at: dict[int, Person] = {s: p for p in doc.people if p.weight >= 1 for s, _e in p.mentions}
    honorifics = {h.start: h for h in doc.hits if h.has("honorific")}
    found: dict[str, set[int]] = {}
    owner: dict[int, Person] = {}
    for h in honorifics.values():
        pos = h.end
        for _ in range(_FORMS_IN_A_ROW):
            pos += len(text[pos : pos + 3]) - len(text[pos : pos + 3].lstrip())
            if pos in at or pos not in honorifics:
                break
            pos = honorifics[pos].end  # "His Excellency Dr. X": forms one after another
        person = at.get(pos)
        k = toks.first_at_or_after(pos)
        if person is None and k + 1 < len(toks) and toks.is_cap(k):
            person = at.get(toks.starts[k + 1])  # "His Highness Sheikh Khalid": a style between
        if person is not None:
            found.setdefault(_fold(text[h.start : h.end]), set()).add(id(person))
            owner[id(person)] = person
    return {form: owner[next(iter(ids))] for form, ids in found.items() if len(ids) == 1}


def _start(d: Description) -> int:
    return d.start


def resolve_speakers(doc: Document) -> None:
    """Give every speech quote a speaker: by its cue, else by the quotes around it."""
    text = doc.text
    last: Person | None = None
    honoured: dict[str, Person] | None = None  # read when a cue first needs it
    for q in doc.quotes:
        if q.kind != "speech" or q.speaker is not None:
            continue
        if q.subject is not None:
            s, e = q.subject
            who = person_in(doc, s, e) or _apposed(doc, e)
            phrase = _fold(text[s:e])
            if who is None and phrase in _PRONOUNS:
                who = antecedent(doc, q.start, phrase, last=last)
            if who is None and phrase in _OBJECT_PRONOUNS:
                who = antecedent(doc, q.start, _OBJECT_PRONOUNS[phrase], last=last)
            if who is None:
                honoured = honoured if honoured is not None else _honoured(doc)
                who = honoured.get(phrase)
            if who is None and phrase in lexicon().protagonist_roles:
                who = protagonist_as(doc, phrase)
            if who is None and phrase.startswith("the ") and text[s:e].islower():
                # "the foreign minister": a capitalised title is a description, resolved with
                # the others (a government page's own "the President" is no guest).
                who = _sole_holder(doc, phrase.removeprefix("the "), s)
                if who is None:
                    who = _described_before(doc, phrase.removeprefix("the "), s)
            if who is not None:
                q.speaker = who
                if _is_description(text[s:e], who):
                    add_alias(who, text[s:e])
                last = who
            else:
                # The cue names someone the text does not identify ("they said", "an official
                # said"): null, never the speaker of the quotes around it.
                q.how = _UNRESOLVED
    # Quotes with no cue of their own belong to the speaker of their section.
    by_section: dict[int, list[QuoteDraft]] = {}
    for q in doc.quotes:
        if q.kind == "speech":
            by_section.setdefault(q.block.section, []).append(q)
    for qs in by_section.values():
        # The nearest attributed quote before, else after (one pass each way, not a search
        # per quote).
        before: list[Person | None] = []
        previous: Person | None = None
        for q in qs:
            before.append(previous)
            previous = q.speaker or previous
        after: Person | None = None
        for n in range(len(qs) - 1, -1, -1):
            q = qs[n]
            if q.how == _UNRESOLVED:
                q.how = NOBODY
            elif q.speaker is None and not _opens_sentence(text, q):
                # Quoted inside a sentence of its own that names no speaker we know ("The host
                # closed with a pledge to keep “...”"): not the words of the quotes around it.
                q.how = NOBODY
            elif q.speaker is None and _cue_after(text, q):
                # “...,” the final declaration read: an attribution it could not read, which
                # names someone or something else than the quotes around it may.
                q.how = NOBODY
            elif q.speaker is None:
                q.speaker = before[n] or after or doc.protagonist
                q.how = q.how or "context"
            else:
                after = q.speaker


def _sole_holder(doc: Document, role: str, at: int) -> Person | None:
    """The one participant whose title is ``role`` in lower case ("the foreign minister").

    The one named before ``at``, if only one was: "the prime minister" right after one prime
    minister was named means that one, whoever is named later. Of none, the one holder of
    such a title ("Minister of Fisheries X") in the last sentence naming someone, as a pronoun
    would mean them.
    """
    holders = [p for p in _holders(doc, role, exact=True) if any(s < at for s, _e in p.mentions)]
    if not holders:
        holders = _named_last(doc, _holders(doc, role), at)
    return holders[0] if len(holders) == 1 and not _guest_of(doc, holders[0]) else None


#: Words that may stand between a description and the name it is in apposition with, besides
#: capitalised ones: "The outgoing President of the Council, Peru's Minister of Agriculture X".
_APPOSITION_WORDS: Final = frozenset({"of", "the", "for", "and", "on", "to", "in", "s"})
_DESCRIBED_REACH: Final = 600


def _described_before(doc: Document, words: str, at: int) -> Person | None:
    """The person a lower-case description means where the text gave it before, with a name.

    "The outgoing President of the Council, Peru's Minister X, thanked ... “...,” the outgoing
    president said": the one person the description's words name in apposition before ``at``
    (outside quotes, within ``_DESCRIBED_REACH`` characters); None when they name two.
    """
    text = doc.text
    lo = max(0, at - _DESCRIBED_REACH)
    found = re.compile(
        r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b", re.IGNORECASE
    ).finditer(text, lo, at)
    people: list[Person] = []
    for m in found:
        if doc.in_speech(m.start(), m.end()):
            continue
        named = doc.mentions_in(m.end(), min(at, m.end() + _ROLE_REACH))
        if not named:
            continue
        gap = text[m.end() : named[0][0]]
        if re.search(r"[.;:!?]", gap):
            continue
        # Titles and a comma only: "the outgoing president met X" is no apposition.
        apposed = all(
            w[:1].isupper() or w.lower() in _APPOSITION_WORDS for w in re.findall(r"\w+", gap)
        )
        if apposed and all(p is not named[0][2] for p in people):
            people.append(named[0][2])
    # Two people described so ("President A ... President B"): which one goes untold.
    return people[0] if len(people) == 1 else None


def _holders(doc: Document, title: str, *, exact: bool = False) -> list[Person]:
    """The participants a bare ``title`` (folded) may name; ``exact``: titled so, no more.

    A "Federal Chancellor" is a chancellor too, and the "Secretary General of the OIC" a
    secretary general: "the Chancellor" may be either of two such.
    """
    if not title:
        return []
    return [
        p
        for p in doc.people
        if p.weight >= 1
        and p.role
        and (
            (role := _fold(p.role)) == title
            or (
                not exact
                and (
                    (role.endswith(f" {title}") and not another_office(role[: -len(title)]))
                    or _COMPLEMENT.split(role, 1)[0] == title  # "minister of X", "for X"
                )
            )
        )
    ]


def _apposed(doc: Document, e: int, *, titled: bool = False) -> Person | None:
    """The person named in apposition right after a cue's subject ("The minister, X, said").

    ``titled``: a title may stand before the name ("The incoming Chair, President X, ...").
    """
    named = doc.mentions_in(e, e + _APPOSED_REACH)
    if not named:
        return None
    ms, me, who = named[0]
    text = doc.text
    gap = text[e:ms].strip()
    if gap[:1] == "," and titled:
        title = gap[1:].split()
        if len(title) <= _APPOSED_TITLE_WORDS and all(w[:1].isupper() for w in title):
            gap = ","
    if gap == "," and text[me : me + 2].lstrip()[:1] == ",":
        return who
    return None


_APPOSED_TITLE_WORDS: Final = 4


def _cue_after(text: str, q: QuoteDraft) -> bool:
    """Whether the quote ends in a comma and its sentence goes on with words: an attribution.

    The comma may stand after the closing mark: "« ... », the new Chairman told his peers".
    """
    rest = text[q.end + 1 : min(q.block.end, q.end + 40)].lstrip(" \u00a0")
    if not text[q.start : q.end].rstrip().endswith(","):
        if not rest.startswith(","):
            return False
        rest = rest[1:].lstrip(" \u00a0")
    return rest[:1].isalpha()


def _opens_sentence(text: str, q: QuoteDraft) -> bool:
    """Whether a quote opens its sentence: the text goes on with someone's words."""
    head = text[q.block.start : max(q.block.start, q.start - 1)].rstrip()
    return not head or head[-1] in _SENTENCE_ENDS


def _is_description(phrase: str, who: Person) -> bool:
    """A short role phrase ("the Belarusian leader"), not a name or a clause around one."""
    words = phrase.split()
    if not words or len(words) > 6 or _fold(phrase) in _PRONOUNS:
        return False
    if words[0].lower() not in ("the", "his", "her", "their", "our"):
        return False
    return not any(part in words for part in who.name.split())


#: What may stand before a sentence's subject after its last comma (a fronted phrase, "On the
#: margins of the summit," or "After meeting X,", ends there): titles and possessives
#: ("Turkish President", "Dominica's", "the Prime Minister of Fiji, Mr").
_SUBJECT_OPENING: Final = re.compile(r"\s*[“\"(]?(?:(?:[A-Z][\w’'.-]*|of|the|The)\s+)*")
#: What may stand between a description and the name in apposition to it, titles read as
#: "Title": the description's body in a word ("of the council"), then the name's titles.
_APPOSED_TITLES: Final = re.compile(
    r"(?:\s*of\s+(?:the\s+)?(?:Title|\w+))?(?:[\s,]|Title(?:['’]s)?)*"
)
_OPENING_KINDS: Final = frozenset(
    {"title", "role_noun", "honorific", "country", "demonym", "org", "acronym", "body"}
)
#: After a name in a fronted phrase, the phrase's comma: names, titles and "and" may come first
#: ("With X and Prime Minister Y, he ..."), a verb may not ("During CHOGM X held ...").
_PHRASE_CLOSES: Final = re.compile(r"(?:\s+(?:and|of|the|[A-Z][\w’'.-]*))*\s*,")
#: A subject pronoun, which may open a sentence right after a fronted phrase without its comma.
_SUBJECT_PRONOUN: Final = r"(?:he|she|they|we)\b"
#: The word after a fronted phrase's comma, or a pronoun after it: the sentence's subject
#: ("With X, he ...", "With X he ...").
_AFTER_PHRASE: Final = re.compile(rf"[^,]*?(?:,\s*|\s(?={_SUBJECT_PRONOUN}))(\w+)")
#: A pronoun right after a name: the subject of a fronted phrase without its comma ("With X he
#: discussed").
_PRONOUN_AFTER: Final = re.compile(rf"\s+{_SUBJECT_PRONOUN}")
_ANTECEDENT_REACH: Final = 2000
_OPENING_REACH: Final = 120
#: The longest role read back from a name as one title.
_ROLE_REACH: Final = 160
#: How far after a cue's subject a name in apposition may end.
_APPOSED_REACH: Final = 80
_CHAIN: Final = 3


def antecedent(
    doc: Document, pos: int, pronoun: str, floor: int | None = None, last: Person | None = None
) -> Person | None:
    """Whom "he" or "she" at ``pos`` means, looking back no further than ``floor``.

    A pronoun carries on the subject of the last sentence naming someone, not its last name
    ("X will take over from Y in April. She will be ..." means X); a sentence that opens with
    the same pronoun passes the question back. A sentence whose subject is no one known gives
    None, unless it is a quote's sentence naming one person; nobody named before, ``last``
    (the speaker so far).
    """
    lo = max(0, pos - _ANTECEDENT_REACH, floor or 0)
    lex = lexicon()
    for _ in range(_CHAIN):
        found = _sentence_people(doc, lo, pos)
        if found is None:
            return last
        ss, se, people = found
        opening = doc.text[ss : ss + 12].split(maxsplit=1)
        if not opening or opening[0].lower() != pronoun or ss <= lo:
            who = _subject(doc, ss, se, people)
            if who is None and opening and opening[0].lower() in lex.opening_prepositions:
                after = _AFTER_PHRASE.match(doc.text, ss, se)
                if after is not None and (se > pos or after[1].lower() == pronoun):
                    # "With X, he discussed ...": the names before the pronoun stand in a
                    # fronted phrase, and "he" means someone named before.
                    pos = ss
                    continue
            return who
        pos = ss
    return None


def _sentence_people(
    doc: Document, lo: int, pos: int
) -> tuple[int, int, list[tuple[int, int, Person | None]]] | None:
    """The last sentence in ``[lo, pos)`` naming or describing someone outside quotes.

    Returns its span and its people, names and descriptions in order, each with its span; a
    description no one was found for is None.
    """
    named = [m for m in doc.mentions_in(lo, pos) if not doc.in_speech(m[0], m[1])]
    described = [
        (d.start, d.end, d.person)
        for d in doc.descriptions_in(named[-1][0] if named else lo, pos)
        if not d.plural and not doc.in_speech(d.start, d.end)
    ]
    anchor = max(x[0] for x in (named[-1:] + described[-1:])) if named or described else None
    if anchor is None:
        return None
    b = doc.block_at(anchor)
    sents = block_sentences(doc, b.start, b.end)
    i = bisect.bisect_right(sents, anchor, key=operator.itemgetter(0)) - 1
    ss, se = (max(sents[i][0], lo), sents[i][1]) if i >= 0 else (max(b.start, lo), b.end)
    people = [m for m in named if m[0] >= ss] + [
        (d.start, d.end, d.person)
        for d in doc.descriptions_in(ss, pos)
        if not d.plural and not doc.in_speech(d.start, d.end)
    ]
    people.sort(key=operator.itemgetter(0))
    return ss, se, people


def _titles_as_words(doc: Document, s: int, e: int) -> str:
    """``text[s:e]`` with titles, countries and honorifics as one capitalised word each.

    "Tonga's foreign minister " reads as "Tonga's Title ", so a lower-case title before a name
    opens a subject as a capitalised one does.
    """
    text = doc.text
    parts: list[str] = []
    at = s
    for h in doc.hits_in(s, e):
        if h.start >= at and h.end <= e and _OPENING_KINDS.intersection(h.kinds):
            parts.append(text[at : h.start])
            parts.append("Title")
            at = h.end
    parts.append(text[at:e])
    return "".join(parts)


def _role_before(text: str, lo: int, at: int, role: str | None) -> int:
    """Where ``role`` starts if it is written right before ``at``, else ``at``.

    No further back than ``lo``; the white space between its words as it comes.
    """
    if not role:
        return at
    first = role.split(maxsplit=1)[0]
    k = text.rfind(first, lo, at)
    while k >= 0:
        if " ".join(text[k:at].split()) == role:
            return k
        k = text.rfind(first, lo, k)
    return at


def _subject(
    doc: Document, ss: int, se: int, people: list[tuple[int, int, Person | None]]
) -> Person | None:
    """The subject of the sentence ``[ss, se)``: the person it opens with, else its speaker.

    "Prime Minister said that “...” He added": a description after the last name that was
    left unresolved is whom the pronoun means, and nobody knows who that is (None). "The
    outgoing chair, X, ...": a description in apposition is the name after it.
    """
    text = doc.text
    prepositions = lexicon().opening_prepositions
    for n, (at, end, who) in enumerate(people):
        # A role written right before the name is one title, commas and all ("Minister of
        # Trade, Industry and Energy X").
        lead = _role_before(text, max(ss, at - _ROLE_REACH), at, who.role) if who else at
        # Only the words after the last comma can be the subject's titles, and they are few.
        tail = max(ss, text.rfind(",", ss, lead) + 1)
        if at - tail > _OPENING_REACH and lead == at:
            continue
        opening = _titles_as_words(doc, tail, lead) + ("Title " if lead < at else "")
        first = opening.split(maxsplit=1)[:1]
        if (
            first
            and first[0].lower() in prepositions
            and (_PHRASE_CLOSES.match(text, end) or _PRONOUN_AFTER.match(text, end))
        ):
            continue  # "With X(,) he discussed": X is the preposition's, not the subject
        if _SUBJECT_OPENING.fullmatch(opening):
            if (
                who is None
                and n + 1 < len(people)
                # "The Chair-in-Office, Prime Minister X," or "The chair of the council,
                # Dominica's Prime Minister X,": the description's body and the name's own
                # titles may stand between the description and the name.
                and _APPOSED_TITLES.fullmatch(_titles_as_words(doc, end, people[n + 1][0]))
            ):
                return people[n + 1][2]
            return who
    # A quote's sentence that names one person names its speaker ("“...,” X said, adding").
    # Otherwise the subject is no one known ("A rival, 58, will succeed X"): nobody.
    last = people[-1][2]
    one = all(who is last for _, _, who in people)
    return last if one and doc.touches_speech(ss, se) else None
