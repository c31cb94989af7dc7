"""Every row of ``spec/patterns.md`` as a test: one parametrized table per family.

Each case is the row's example input, built as the row describes ("/" separates lines; one
paragraph per line, with neutral padding so that at least two lines are over 100 characters, as
pages saved from news sites are), and assertions of the row's correct output as
``spec/annotation.md`` defines it. The case id is the row's class ("L1", "N4"); a row with several
variants gets one case per variant ("L5-caps").

Cases the parser does not meet yet are listed in ``XFAIL`` with a one-line reason and run as
strict expected failures: the list can only shrink. When a case starts to pass, remove its entry.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

import summitdoc

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    Check = Callable[[summitdoc.Summit], None]

# -- expected failures (the parser team's to-do list) --------------------------------------------

XFAIL: dict[str, str] = {}

# -- building inputs -----------------------------------------------------------------------------

#: Where ``wire`` puts padding lines; without it they go after the headline, so that the example
#: sentence is body text rather than the standfirst.
PAD = "<pad>"

#: Neutral long paragraphs: no names, quotes, places, decisions or meetings.
PADDING = (
    (
        "Security was tight around the conference centre, where several streets near the "
        "waterfront had been closed to traffic since early morning."
    ),
    (
        "The weather stayed cold and grey for most of the day, and long queues of cars built up "
        "on the ring road around the old town by the evening."
    ),
)

HEAD = "Leaders gather for talks on energy and trade"


def wire(*lines: str) -> str:
    """One paragraph per line, padded to at least two lines of over 100 characters."""
    body = list(lines)
    need = max(0, 2 - sum(len(line) > 100 for line in body))
    pads = list(PADDING[:need])
    if PAD not in body:
        body.insert(1, PAD)
    i = body.index(PAD)
    body[i : i + 1] = pads
    return "\n".join(body) + "\n"


def case(cid: str, text: str, *checks: Check) -> Any:
    """A table row; its xfail mark comes from ``XFAIL``."""
    marks = (
        [pytest.mark.xfail(strict=True, reason=f"issue 8: {XFAIL[cid]}")] if cid in XFAIL else []
    )
    return pytest.param(text, checks, id=cid, marks=marks)


# -- comparing -----------------------------------------------------------------------------------

_UNSET: Any = object()


def fold(s: str | None) -> str:
    """Case, accents, quote style and punctuation do not matter; words do."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w']+", " ", s).split())


def bare(s: str | None) -> str:
    """``fold`` without a leading article: "the Harbour Accord" is "Harbour Accord"."""
    return re.sub(r"^(?:the|a|an) ", "", fold(s))


def ws(s: str | None) -> str:
    """White space normalised and quote marks straightened (names, quote texts)."""
    s = re.sub(r"[“”„]", '"', s or "")
    s = re.sub(r"[‘’]", "'", s)
    return " ".join(s.split())


def like(expected: str, actual: str) -> bool:
    """A short phrase: contains the expected words and not many more."""
    e, a = bare(expected), bare(actual)
    return bool(e) and e in a and len(a.split()) <= len(e.split()) + 4


def one_of(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


def names(s: summitdoc.Summit) -> dict[str, str]:
    return {p.id: ws(p.name) for p in s.participants}


def who(s: summitdoc.Summit, pid: str | None) -> str | None:
    return names(s).get(pid) if pid else None


def said_all(s: summitdoc.Summit) -> list[tuple[str | None, str, str | None]]:
    return [(who(s, q.speaker), q.text, q.cue) for q in s.quotes]


def parse(text: str) -> summitdoc.Summit:
    """Parse a case and check that every quote's span slices its text."""
    s = summitdoc.parse_text(text)
    for q in s.quotes:
        assert ws(s.source.text[q.span.start : q.span.end]) == ws(q.text), q
    return s


# -- checks --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class People:
    """The participants are exactly these names."""

    expected: frozenset[str]

    def __call__(self, s: summitdoc.Summit) -> None:
        got = set(names(s).values())
        assert got == {ws(n) for n in self.expected}, f"participants {sorted(got)}"


@dataclass(frozen=True)
class Absent:
    """No participant's name contains this."""

    name: str

    def __call__(self, s: summitdoc.Summit) -> None:
        found = [n for n in names(s).values() if fold(self.name) in fold(n)]
        assert not found, f"{self.name!r} is a participant: {found}"


@dataclass(frozen=True)
class Person:
    """Exactly one participant has this name, with these fields (role and country: or options)."""

    name: str
    role: Any = _UNSET
    country: Any = _UNSET
    organisation: Any = _UNSET
    alias: Any = _UNSET

    def __call__(self, s: summitdoc.Summit) -> None:
        found = [p for p in s.participants if ws(p.name) == ws(self.name)]
        assert len(found) == 1, f"{self.name!r} not among {sorted(names(s).values())}"
        p = found[0]
        if self.role is not _UNSET:
            assert fold(p.role) in {fold(r) for r in one_of(self.role)}, f"role {p.role!r}"
        if self.country is not _UNSET:
            assert p.country in one_of(self.country), f"country {p.country!r}"
        if self.organisation is not _UNSET:
            assert fold(p.organisation) == fold(self.organisation), f"org {p.organisation!r}"
        if self.alias is not _UNSET:
            assert ws(self.alias) in {ws(a) for a in p.aliases}, f"aliases {p.aliases!r}"


@dataclass(frozen=True)
class Said:
    """A quote with this text (white space normalised) by this speaker, with the cue containing
    ``cue`` (a leading "…" only says the cue has more words before)."""

    speaker: str | None
    text: str
    cue: str | None = _UNSET
    in_speech: bool = False

    def __call__(self, s: summitdoc.Summit) -> None:
        found = [q for q in s.quotes if ws(q.text) == ws(self.text)]
        assert len(found) == 1, f"no quote {self.text!r} in {said_all(s)}"
        q = found[0]
        assert who(s, q.speaker) == (ws(self.speaker) if self.speaker else None), (
            f"speaker {who(s, q.speaker)!r}"
        )
        if self.cue is not _UNSET:
            assert q.cue is not None, "cue is null"
            assert fold(self.cue) in fold(q.cue), f"cue {q.cue!r}"
        if self.in_speech:
            (speech,) = [sp for sp in s.speeches if q in sp.quotes]
            assert speech.speaker == q.speaker, f"in the speech of {who(s, speech.speaker)!r}"


@dataclass(frozen=True)
class Quotes:
    """The number of quotes."""

    n: int

    def __call__(self, s: summitdoc.Summit) -> None:
        assert len(s.quotes) == self.n, said_all(s)


@dataclass(frozen=True)
class Speakers:
    """The speakers of the speeches are exactly these (None: the speech of nobody in particular)."""

    expected: frozenset[str | None]

    def __call__(self, s: summitdoc.Summit) -> None:
        got = {who(s, sp.speaker) for sp in s.speeches}
        assert got == {ws(n) if n else None for n in self.expected}, f"speakers {got}"


@dataclass(frozen=True)
class Spoke:
    """Exactly one speech of this speaker, under this topic (section heading)."""

    speaker: str | None
    topic: Any = _UNSET

    def __call__(self, s: summitdoc.Summit) -> None:
        mine = [sp for sp in s.speeches if who(s, sp.speaker) == self.speaker]
        got = [(who(s, sp.speaker), sp.topic) for sp in s.speeches]
        assert len(mine) == 1, f"speeches {got}"
        if self.topic is not _UNSET:
            assert (None if mine[0].topic is None else fold(mine[0].topic)) == (
                None if self.topic is None else fold(self.topic)
            ), f"topic {mine[0].topic!r}"


@dataclass(frozen=True)
class Decided:
    """Some decision has all these: kind (or options), text (the same words), text containing
    ``about``, subject containing ``subject``, year."""

    kind: Any = _UNSET
    text: Any = _UNSET
    about: Any = _UNSET
    subject: Any = _UNSET
    year: Any = _UNSET

    def fits(self, d: summitdoc.Decision) -> bool:
        return (
            (self.kind is _UNSET or str(d.kind) in one_of(self.kind))
            and (self.text is _UNSET or bare(d.text) == bare(self.text))
            and (self.about is _UNSET or fold(self.about) in fold(d.text))
            and (self.subject is _UNSET or fold(self.subject) in fold(d.subject))
            and (self.year is _UNSET or d.year == self.year)
        )

    def __call__(self, s: summitdoc.Summit) -> None:
        got = [(str(d.kind), d.text, d.subject, d.year) for d in s.decisions]
        assert any(self.fits(d) for d in s.decisions), f"decisions {got}"


@dataclass(frozen=True)
class Decisions:
    """The number of decisions."""

    n: int

    def __call__(self, s: summitdoc.Summit) -> None:
        got = [(str(d.kind), d.text) for d in s.decisions]
        assert len(s.decisions) == self.n, f"decisions {got}"


@dataclass(frozen=True)
class Stated:
    """Some statement has this topic (the same words), an issuer containing ``issuer``, and a
    short point for each of ``points``."""

    topic: str
    issuer: Any = _UNSET
    points: tuple[str, ...] = ()

    def fits(self, t: summitdoc.Statement) -> bool:
        return (
            bare(t.topic) == bare(self.topic)
            and (self.issuer is _UNSET or fold(self.issuer) in fold(t.issuer))
            and all(any(like(p, q) for q in t.points) for p in self.points)
        )

    def __call__(self, s: summitdoc.Summit) -> None:
        got = [(t.topic, t.issuer, t.points) for t in s.statements]
        assert any(self.fits(t) for t in s.statements), f"statements {got}"


def meetings(s: summitdoc.Summit) -> list[tuple[str, frozenset[str | None], tuple[str, ...]]]:
    return [
        (str(m.kind), frozenset(who(s, p) for p in m.participants), m.topics + m.agreements)
        for m in s.meetings
    ]


@dataclass(frozen=True)
class Met:
    """Some meeting of this kind has exactly these participants, a short topic for each of
    ``topics`` and a short agreement for each of ``agreements``."""

    kind: str
    people: frozenset[str]
    topics: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()

    def fits(self, s: summitdoc.Summit, m: summitdoc.Meeting) -> bool:
        return (
            str(m.kind) == self.kind
            and {who(s, p) for p in m.participants} == {ws(n) for n in self.people}
            and all(any(like(t, x) for x in m.topics) for t in self.topics)
            and all(any(like(a, x) for x in m.agreements) for a in self.agreements)
        )

    def __call__(self, s: summitdoc.Summit) -> None:
        assert any(self.fits(s, m) for m in s.meetings), f"meetings {meetings(s)}"


@dataclass(frozen=True)
class Meetings:
    """Exactly ``n`` meetings, of this kind, each with ``person`` among its participants."""

    n: int
    kind: str | None = None
    person: str | None = None

    def __call__(self, s: summitdoc.Summit) -> None:
        assert len(s.meetings) == self.n, f"meetings {meetings(s)}"
        for kind, people, _ in meetings(s):
            assert self.kind is None or kind == self.kind, f"meetings {meetings(s)}"
            assert self.person is None or self.person in people, f"meetings {meetings(s)}"


@dataclass(frozen=True)
class Captioned:
    """Some caption has this text and credit."""

    text: str
    credit: str | None

    def __call__(self, s: summitdoc.Summit) -> None:
        got = [(ws(c.text), c.credit) for c in s.captions]
        assert (ws(self.text), self.credit) in got, f"captions {got}"


@dataclass(frozen=True)
class Captions:
    """The number of captions."""

    n: int

    def __call__(self, s: summitdoc.Summit) -> None:
        assert len(s.captions) == self.n, f"captions {[c.text for c in s.captions]}"


class Meta:
    """Summit-level fields: strings compared by their words, others exactly."""

    def __init__(self, **fields: object) -> None:
        self.fields = fields

    def __call__(self, s: summitdoc.Summit) -> None:
        for key, want in self.fields.items():
            got = getattr(s, key)
            if isinstance(want, str):
                assert got is not None, f"{key} is null, expected {want!r}"
                assert fold(got) == fold(want), f"{key} {got!r}, expected {want!r}"
            else:
                assert got == want, f"{key} {got!r}, expected {want!r}"


def run(text: str, checks: Collection[Check]) -> None:
    s = parse(text)
    for check in checks:
        check(s)


def people(*n: str) -> frozenset[str]:
    return frozenset(n)


# -- L: layout and intake ------------------------------------------------------------------------

BRANDAUER_READY = "Prime Minister Ilse Brandauer said the grid was ready."

_L7_IMG = (
    '<img src="https://example.org/photos/oslo-harbour-0502.jpg" '
    'srcset="https://example.org/photos/oslo-harbour-0502-480.jpg 480w, '
    "https://example.org/photos/oslo-harbour-0502-800.jpg 800w, "
    'https://example.org/photos/oslo-harbour-0502-1200.jpg 1200w" '
    'alt="" width="1200" height="800" loading="lazy" decoding="async">'
)
L7_TEXT = f"""\
Prime Minister Ole Brandt welcomed President Ana Ruiz to Oslo on Thursday
for talks on energy, shipping and the protection of the undersea cables
that link the two countries. The leaders spent the morning at the
government offices and visited the harbour in the afternoon.

{_L7_IMG}

Both leaders said the new corridor would carry power and data for many
years. “We have built this corridor step by step, and we will keep it
open for every ship and every cable in the northern seas together,” said Prime Minister
Brandt.

The two governments will review progress on the cable repairs and on the
joint coast guard patrols in the northern seas at their next meeting in
the autumn, officials in both capitals said after the talks had ended.
"""

LAYOUT = [
    case(
        "L1",
        wire(HEAD, "Gift Full Story", "Log in", BRANDAUER_READY, PAD, "Gift Full Story", "Popular"),
        People(people("Ilse Brandauer")),
    ),
    case(
        "L2",
        wire(
            HEAD,
            BRANDAUER_READY,
            PAD,
            "Related Article",
            "Why the river treaty matters",
            "The Harbour Forum: ferry operators brace for a long strike",
            "Markets",
            "Rupiah slips for a third day as exporters wait for rate cut",
        ),
        Quotes(0),
        Speakers(people("Ilse Brandauer")),
        People(people("Ilse Brandauer")),
    ),
    case(
        "L3",
        wire(
            "Europe",
            "Politics",
            "Baltic leaders pledge joint grid by 2030",
            "Prime Minister Ilse Brandauer said on Tuesday that the joint grid would be finished "
            "on time.",
            PAD,
        ),
        Meta(title="Baltic leaders pledge joint grid by 2030"),
    ),
    case(
        "L4",
        wire(
            "Baltic leaders pledge joint grid",
            "Valeria Ostrova",
            "(Agence Presse Nord)",
            "Riga",
            "Tue, March 4, 2025",
            "The Baltic Council summit agreed on Monday to build a joint reserve of power for the "
            "coldest months of the winter.",
            PAD,
        ),
        Meta(city="Riga", country="Latvia", date=dt.date(2025, 3, 3)),
        Absent("Valeria Ostrova"),
    ),
    *(
        case(
            cid,
            wire(
                HEAD,
                PAD,
                BRANDAUER_READY,
                heading,
                "President Tomas Kalnins said the corridor would stay open.",
            ),
            Spoke("Ilse Brandauer", topic=None),
            Spoke("Tomas Kalnins", topic=heading),
        )
        for cid, heading in [
            ("L5", "Grain corridor stays open"),
            ("L5-dashes", "- Grain corridor -"),
            ("L5-caps", "GRAIN CORRIDOR"),
        ]
    ),
    case(
        "L6",
        wire(
            HEAD,
            PAD,
            "The summit opened on Friday. Vice President",
            "Ana Ruiz",
            "met Cypriot President",
            "Nikos Andreou",
            ", and Prime Minister",
            "Carmen Azzopardi",
            'said the grid was "ready for the coldest winter".',
        ),
        People(people("Ana Ruiz", "Nikos Andreou", "Carmen Azzopardi")),
        Person("Ana Ruiz", role="Vice President"),
        Person("Nikos Andreou", role="President", country="Cyprus"),
        Person("Carmen Azzopardi", role="Prime Minister"),
        Said(
            "Carmen Azzopardi",
            "ready for the coldest winter",
            cue="Prime Minister Carmen Azzopardi said",
        ),
    ),
    case(
        "L7",
        L7_TEXT,
        Meta(title=None),
        Said(
            "Ole Brandt",
            "We have built this corridor step by step, and we will keep it open for every ship "
            "and every cable in the northern seas together,",
            cue="said Prime Minister Brandt",
        ),
    ),
    case(
        "L8",
        wire(
            HEAD,
            "Leaders of the Nordic states gathered in Oslo for their annual summit on Friday.",
            '<img src="https://example.org/p1.jpg" alt="President Ana Ruiz meets with Prime '
            'Minister Ole Brandt">',
        ),
        Quotes(0),
        Meetings(0),
        Captions(0),
        People(people()),
    ),
    case(
        "L9",
        wire(
            HEAD,
            PAD,
            "Today the two leaders [signed](https://example.org/a) the Harbour Accord.",
            '"We will rebuild the bridge," [**said Prime Minister Brandt**](https://example.org/b).',
        ),
        Decided(kind="agreement", text="the Harbour Accord"),
        Said("Brandt", "We will rebuild the bridge,", cue="said Prime Minister Brandt"),
    ),
    case(
        "L10",
        wire(
            HEAD,
            PAD,
            "Prime Minister Ole Brandt (R) greets President Ana Ruiz in Oslo on May 2.",
            "Kari Lunde/NTB via Wirepix",
            "The two leaders then walked to the harbour, where a new ferry terminal opened.",
        ),
        Captioned(
            "Prime Minister Ole Brandt (R) greets President Ana Ruiz in Oslo on May 2.",
            "Kari Lunde/NTB via Wirepix",
        ),
        Absent("Kari Lunde"),
    ),
    case(
        "L11",
        wire(
            "Press statements after the Steppe Forum talks",
            PAD,
            "President of Kazakhstan Nurlan Sadykov: Friends, thank you for coming.",
            "Question (via interpreter): Mr President, will the pipeline open this year?",
            "Nurlan Sadykov: We expect it to open in the autumn.",
        ),
        Said(
            None,
            "Mr President, will the pipeline open this year?",
            cue="Question (via interpreter)",
        ),
        Said("Nurlan Sadykov", "We expect it to open in the autumn."),
    ),
    case(
        "L12",
        wire(
            "Southeast Asian leaders meet in Jakarta",
            "JAKARTA (Reuters) - Southeast Asian leaders met in Jakarta on Tuesday while Russian "
            "President Vladimir Putin stayed away, sending Foreign Minister Oleg Sidorin instead. "
            "Foreign Minister Dewi Santoso opened the session.",
        ),
        Person("Dewi Santoso", country=(None, "Indonesia")),
    ),
    case(
        "L13",
        wire(
            "Steppe Forum leaders meet in Astana",
            PAD,
            "Speaking at the session, Nurlan Sadykov outlined his priorities.",
            "* * *",
            "President of Kazakhstan Nurlan Sadykov: Colleagues, welcome to Astana.",
        ),
        Spoke("Nurlan Sadykov", topic=None),
    ),
]


@pytest.mark.parametrize(("text", "checks"), LAYOUT)
def test_layout(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- N: names and participants -------------------------------------------------------------------

NAMES = [
    case(
        "N1",
        wire(
            HEAD,
            "The 2024 Nordic Marine Survey report shows rising traffic. Its authors expect the "
            "Survey to be repeated.",
            'Ministers backed the "Three Rivers, One Basin" plan. The Basin plan covers four '
            "states.",
        ),
        People(people()),
    ),
    case(
        "N2",
        wire(
            HEAD,
            "Praising Kalnins as a steady hand, Prime Minister Ilse Brandauer closed the summit. "
            "President Tomas Kalnins thanked her.",
        ),
        People(people("Ilse Brandauer", "Tomas Kalnins")),
    ),
    case(
        "N3",
        wire(
            "Iceland hosts Nordic leaders for energy talks",
            'Nordic Council Secretary General Karin Alm said the plan was "good for the whole '
            'region".',
        ),
        People(people("Karin Alm")),
        Said("Karin Alm", "good for the whole region"),
    ),
    case(
        "N4",
        wire(
            HEAD,
            "Malaysian Prime Minister Tan Wei Ming attended. PM Tan said the talks went well.",
        ),
        People(people("Tan Wei Ming")),
        Person("Tan Wei Ming", alias="PM Tan"),
        Speakers(people("Tan Wei Ming")),
    ),
    case(
        "N5",
        wire(
            HEAD,
            '"We have a deal," President Susilo "Sus" Pranoto told reporters. Sus later flew home.',
        ),
        People(people('Susilo "Sus" Pranoto')),
        Person('Susilo "Sus" Pranoto', alias="Sus"),
        Said(
            'Susilo "Sus" Pranoto',
            "We have a deal,",
            cue='President Susilo "Sus" Pranoto told reporters',
        ),
    ),
    case(
        "N6",
        wire(
            HEAD,
            'European Council President Marie van den Berg said the grid was "ready for winter '
            'at last".',
            'Arab League envoy Ahmed el-Tayeb said the talks had been "a good start".',
        ),
        People(people("Marie van den Berg", "Ahmed el-Tayeb")),
    ),
    case(
        "N7",
        wire(
            HEAD,
            "Aiko Morimoto, director of the Osaka Institute for Asian Affairs, said the deal was "
            '"overdue by a decade".',
        ),
        Person(
            "Aiko Morimoto",
            role="director of the Osaka Institute for Asian Affairs",
            organisation="Osaka Institute for Asian Affairs",
        ),
        Said("Aiko Morimoto", "overdue by a decade"),
    ),
    case(
        "N8",
        wire(
            HEAD,
            "President Tomas Kalnins also met the prime ministers of Nepal and Bhutan, Ram Thapa "
            "and Karma Wangdi.",
        ),
        Person("Ram Thapa", role="Prime Minister", country="Nepal"),
        Person("Karma Wangdi", role="Prime Minister", country="Bhutan"),
        Met("bilateral", people("Tomas Kalnins", "Ram Thapa")),
        Met("bilateral", people("Tomas Kalnins", "Karma Wangdi")),
    ),
    case(
        "N10",
        wire(
            "Steppe Forum leaders meet in Astana",
            PAD,
            "President of Kazakhstan Nurlan Sadykov: Colleagues, I thank our guest, President of "
            "Mongolia Batbayar Ganbold, for joining us today.",
        ),
        Person("Batbayar Ganbold", role="President", country="Mongolia"),
    ),
    case(
        "N11",
        wire(
            "Steppe Forum leaders meet in Astana",
            "Nurlan Sadykov attends the Steppe Forum summit.",
            PAD,
        ),
        People(people("Nurlan Sadykov")),
    ),
    case(
        "N12",
        wire(
            HEAD,
            "Chancellor Greta Holm stayed home and was represented by Finance Minister Jonas Berg.",
        ),
        People(people("Jonas Berg")),
    ),
    case(
        "N13",
        wire(HEAD, "Peru's Lucia Mendoza and Chile's Tomas Ibarra also attended the summit."),
        Person("Lucia Mendoza", role=None, country="Peru"),
        Person("Tomas Ibarra", role=None, country="Chile"),
    ),
    case(
        "N14",
        wire(
            HEAD,
            "Prime Minister Aroon Suksan led Thailand's delegation and met President Ade Okonkwo "
            "of Nigeria.",
        ),
        Person("Aroon Suksan", country="Thailand"),
    ),
    case(
        "N15",
        wire(
            "Meeting with leaders of partner states",
            "May 14, 2025 13:40 The Kremlin, Moscow",
            "Before the session, Ade Okonkwo, Luis Sandoval and Vladimir Putin posed for a photo.",
            PAD,
            "President of Russia Vladimir Putin: President Okonkwo, Prime Minister Sandoval, "
            "colleagues, welcome.",
        ),
        Person("Ade Okonkwo", country=None),
        Person("Luis Sandoval", country=None),
    ),
    case(
        "N16",
        wire(
            HEAD,
            "At the Arctic Summit President Ilse Brandauer opened the session.",
            "The talks will continue next week, government spokesman Arun Mehta said.",
        ),
        Person("Ilse Brandauer", role="President"),
        Person("Arun Mehta", role="government spokesman"),
    ),
]


@pytest.mark.parametrize(("text", "checks"), NAMES)
def test_names(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- Q: quotes and attribution -------------------------------------------------------------------

STEPPE_TRANSCRIPT_HEAD = ("Press statements after the Steppe Forum talks", PAD)

QUOTES = [
    case(
        "Q1",
        wire(
            HEAD,
            '"All members shall share reserve capacity," the declaration said.',
            '"Every member will keep a reserve for the winter," the leaders\' statement reads.',
        ),
        Said(
            None,
            "All members shall share reserve capacity,",
            cue="the declaration said",
            in_speech=True,
        ),
        Said(
            None,
            "Every member will keep a reserve for the winter,",
            cue="the leaders' statement reads",
            in_speech=True,
        ),
    ),
    case(
        "Q2",
        wire(
            HEAD,
            'Prime Minister Ilse Brandauer called the deal "a fair compromise" and warned of '
            '"hard months ahead" for consumers.',
        ),
        Said("Ilse Brandauer", "a fair compromise", cue="…called the deal"),
        Said("Ilse Brandauer", "hard months ahead", cue="warned of"),
    ),
    case(
        "Q3",
        wire(
            HEAD,
            'The host closed the session with a pledge to keep "every door open to talks with our '
            'neighbours".',
            '"We are ready for winter," President Tomas Kalnins said.',
        ),
        Said(None, "every door open to talks with our neighbours"),
        Said("Tomas Kalnins", "We are ready for winter,"),
    ),
    case(
        "Q4",
        wire(
            HEAD,
            '"The pipeline can wait" until spring, Mara Quinn, the deputy energy minister, told '
            "reporters.",
        ),
        Person("Mara Quinn", role="deputy energy minister"),
        Said("Mara Quinn", "The pipeline can wait"),
    ),
    case(
        "Q5",
        wire(
            HEAD,
            'President Tomas Kalnins alluded to progress on "the plans for the next stage of our '
            'joint grid".',
        ),
        Said(
            "Tomas Kalnins",
            "the plans for the next stage of our joint grid",
            cue="Kalnins alluded",
        ),
    ),
    case(
        "Q6",
        wire(
            HEAD,
            '"The cable is finished," Prime Minister Ilse Brandauer said.',
            "In his closing remarks, President Tomas Kalnins told Brandauer that both sides "
            'should "keep the corridor open for every ship".',
        ),
        Said("Tomas Kalnins", "keep the corridor open for every ship"),
    ),
    case(
        "Q7",
        wire(
            HEAD,
            "Lithuania's energy ministry said the plan was \"a costly detour that helps nobody at "
            'all".',
        ),
        Said(
            None,
            "a costly detour that helps nobody at all",
            cue="Lithuania's energy ministry said",
        ),
    ),
    case(
        "Q8",
        wire(
            HEAD,
            '"The cable is finished," President Tomas Kalnins said.',
            "Prime Minister Ilse Brandauer held talks with Kalnins, telling her guest that the "
            'cable was "vital for both of our nations and our industry".',
        ),
        Said("Ilse Brandauer", "vital for both of our nations and our industry"),
    ),
    case(
        "Q9",
        wire(HEAD, 'By "interoperable", officials meant plugs that fit in every member state.'),
        Quotes(0),
    ),
    case(
        "Q10",
        wire(
            *STEPPE_TRANSCRIPT_HEAD,
            "President of Kazakhstan Nurlan Sadykov: Colleagues, welcome to Astana.",
            "Question: Nord Agency. Mr President, will the pipeline open this year?",
            "Nurlan Sadykov: We expect it to open in the autumn.",
        ),
        Said(None, "Nord Agency. Mr President, will the pipeline open this year?", cue="Question"),
        Absent("Nord Agency"),
    ),
    case(
        "Q11",
        wire(
            HEAD,
            "President Tomas Kalnins spoke to reporters after the session.",
            'We will go step by step, as the old rule "Measure Twice" says," he said.',
        ),
        Quotes(1),
        Said("Tomas Kalnins", 'We will go step by step, as the old rule "Measure Twice" says,'),
    ),
]


@pytest.mark.parametrize(("text", "checks"), QUOTES)
def test_quotes(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- S: speeches ---------------------------------------------------------------------------------

SPEECHES = [
    case(
        "S2",
        wire(
            HEAD,
            "Finance Minister Oleg Sidorin led the Belarusian delegation.",
            "He had earlier warned that Minsk would not sign a text on sanctions.",
            "Prime Minister Ole Brandt took the opportunity to unveil a fund for coastal towns.",
        ),
        Speakers(people("Oleg Sidorin", "Ole Brandt")),
    ),
    case(
        "S3",
        wire(
            HEAD,
            "At a bilateral meeting with Prime Minister Ilse Brandauer, President Ade Okonkwo "
            "praised Latvia's grid reforms.",
        ),
        Met(
            "bilateral", people("Ade Okonkwo", "Ilse Brandauer"), topics=("Latvia's grid reforms",)
        ),
        Speakers(people()),
    ),
]


@pytest.mark.parametrize(("text", "checks"), SPEECHES)
def test_speeches(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- D: decisions --------------------------------------------------------------------------------

PUTIN_TRANSCRIPT_HEAD = (
    "Meeting of the Council of Heads of State",
    "October 11, 2026 15:20 Sochi",
    PAD,
)

DECISIONS = [
    case(
        "D1",
        wire(
            *PUTIN_TRANSCRIPT_HEAD,
            "President of Russia Vladimir Putin: Colleagues, today we approved the programme for "
            "joint fire-fighting flights. Next year, 2027, will be the Year of Rivers, and we have "
            "endorsed today the concept for border data exchange.",
        ),
        Decided(kind="programme", text="the programme for joint fire-fighting flights"),
        Decided(
            kind="designation",
            text="2027, will be the Year of Rivers",
            subject="Year of Rivers",
            year=2027,
        ),
        Decided(kind="other", text="the concept for border data exchange"),
    ),
    case(
        "D2",
        wire(
            HEAD,
            "The talks ended with the adoption of a package of papers, including the Accord on "
            "Fisheries; the Lakes Charter, and others. The leaders adopted decisions to sign "
            "memorandums with agencies such as the World Meteorological Organisation (WMO) and the "
            "Asian Development Bank (ADB).",
        ),
        Decided(kind=("treaty", "agreement"), text="the Accord on Fisheries"),
        Decided(text="the Lakes Charter"),
        Decided(kind="agreement", subject="WMO"),
        Decided(kind="agreement", subject="ADB"),
        Decisions(4),
    ),
    case(
        "D3",
        wire(
            HEAD,
            "The leaders approved the accession of Moldova to the council and agreed on handing "
            "the rotating chair to Estonia.",
        ),
        Decided(kind="other", text="the accession of Moldova to the council", subject="Moldova"),
        Decided(kind="presidency", text="handing the rotating chair to Estonia", subject="Estonia"),
    ),
    case(
        "D4",
        wire(
            HEAD,
            "A decision was also taken to open a liaison office in Dakar. The two sides signed "
            "bilateral trade agreements.",
        ),
        Decided(kind="establishment", text="open a liaison office in Dakar"),
        Decided(kind="agreement", text="bilateral trade agreements"),
    ),
    case(
        "D6",
        wire(HEAD, "In 2027, the chairmanship of the council will pass to Estonia."),
        Decided(kind="presidency", subject="Estonia", year=2027),
    ),
    case(
        "D7",
        wire(
            HEAD,
            "The leaders adopted decisions on the implementation of the Regional Water Strategy "
            "for 2026–2030 and on the Regulations of the Baltic Youth Forum.",
        ),
        Decided(kind="programme", about="Regional Water Strategy"),
        Decided(about="Regulations of the Baltic Youth Forum", subject="Baltic Youth Forum"),
    ),
    case(
        "D8",
        wire(
            HEAD,
            "Officials said the visit yielded several documents as well as deals with two "
            "shipping firms.",
        ),
        Decisions(0),
    ),
    case(
        "D9",
        wire(
            HEAD,
            "The leaders will launch a **Coastal Data campaign**, open to all partners, as part "
            "of the grid plan.",
        ),
        Decided(kind="programme", text="Coastal Data campaign"),
    ),
]


@pytest.mark.parametrize(("text", "checks"), DECISIONS)
def test_decisions(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- T: statements -------------------------------------------------------------------------------

STATEMENTS = [
    *(
        case(cid, wire(HEAD, sentence), Stated(topic, **issuer))
        for cid, sentence, topic, issuer in [
            (
                "T1-consensus",
                "The Baltic Council adopted a consensus declaration on grid security.",
                "grid security",
                {"issuer": "Baltic Council"},
            ),
            (
                "T1-leaders",
                "The Baltic prime ministers adopted a leaders’ statement on grid security.",
                "grid security",
                {},
            ),
            (
                "T1-communique",
                "At the end of the talks, the Baltic leaders issued a joint press communique.",
                "joint press communique",
                {"issuer": "Baltic leaders"},
            ),
            (
                "T1-riga",
                "The Riga Declaration was adopted following the summit.",
                "Riga Declaration",
                {},
            ),
            (
                "T1-issued",
                "A joint statement was issued at the meeting on strengthening grid security.",
                "strengthening grid security",
                {},
            ),
        ]
    ),
    case(
        "T2",
        wire(
            HEAD,
            "The talks ended with the adoption of a package of papers, including the Riga "
            "Declaration, which sets common goals; the Accord on Fisheries, and others.",
        ),
        Stated("Riga Declaration", points=("sets common goals",)),
        Decided(text="the Accord on Fisheries"),
        Decisions(1),
    ),
    case(
        "T3",
        wire(
            HEAD,
            "According to the closing communique released late on Friday, members will share "
            "reserve capacity.",
        ),
        Stated("closing communique", points=("members will share reserve capacity",)),
    ),
    case(
        "T4",
        wire(
            *PUTIN_TRANSCRIPT_HEAD,
            "President of Russia Vladimir Putin: Colleagues, we adopted a final joint document "
            "that confirms the transit rules.",
        ),
        Stated("final joint document", points=("confirms the transit rules",)),
    ),
    case(
        "T5",
        wire(
            'Nordic leaders signed the Oslo Declaration "A Shared Arctic"',
            "The summit participants also adopted a joint statement backing open shipping lanes.",
        ),
        Stated("Oslo Declaration “A Shared Arctic”"),
        Stated("joint statement", points=("backing open shipping lanes",)),
    ),
    case(
        "T7",
        wire(
            HEAD,
            "The presidents of Latvia, Lithuania and Estonia adopted a joint statement on grid "
            "security. In the statement, the leaders called for common reserves and condemned "
            "attacks on cables.",
        ),
        Stated("grid security", points=("common reserves", "condemned attacks on cables")),
    ),
]


@pytest.mark.parametrize(("text", "checks"), STATEMENTS)
def test_statements(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- M: meetings ---------------------------------------------------------------------------------

MEETINGS = [
    case(
        "M1",
        wire(
            HEAD,
            "Prime Minister Ilse Brandauer chaired the summit. In a meeting with Japanese Prime "
            "Minister Haruto Sato, Brandauer proposed a visa waiver.",
        ),
        Met("bilateral", people("Ilse Brandauer", "Haruto Sato"), agreements=("a visa waiver",)),
    ),
    case(
        "M2",
        wire(
            HEAD,
            "Before his talks with Prime Minister Haruto Sato, President Tomas Kalnins met "
            "President Ana Ruiz and Prime Minister Ole Brandt.",
        ),
        Met("bilateral", people("Tomas Kalnins", "Ana Ruiz")),
        Met("bilateral", people("Tomas Kalnins", "Ole Brandt")),
        Met("bilateral", people("Tomas Kalnins", "Haruto Sato")),
        Meetings(3, person="Tomas Kalnins"),
    ),
    case(
        "M3",
        wire(
            HEAD,
            "President Tomas Kalnins arrived on Monday. He has met with Prime Minister Ole Brandt "
            "to discuss energy.",
        ),
        Met("bilateral", people("Tomas Kalnins", "Ole Brandt"), topics=("energy",)),
    ),
    case(
        "M4",
        wire(
            HEAD,
            "On the sidelines, Vladimir Putin held bilateral meetings with the Presidents of "
            "Chile, Peru and Bolivia.",
        ),
        Meetings(3, kind="bilateral", person="Vladimir Putin"),
    ),
    case(
        "M5",
        wire(
            HEAD,
            "President Ana Ruiz briefly met today with Prime Minister Haruto Sato of Japan, "
            "President Ade Okonkwo of Nigeria and Prime Minister Luis Sandoval of Peru. The "
            "leaders discussed maritime security and agreed to meet again in the autumn.",
        ),
        Met(
            "multilateral",
            people("Ana Ruiz", "Haruto Sato", "Ade Okonkwo", "Luis Sandoval"),
        ),
        Meetings(1),
    ),
    case(
        "M6",
        wire(
            HEAD,
            "President Ade Okonkwo was given a warm reception by Prime Minister Ilse Brandauer, "
            "who praised his reforms.",
        ),
        Met("bilateral", people("Ade Okonkwo", "Ilse Brandauer")),
    ),
    case(
        "M7",
        wire(
            "Press conference after the Steppe Forum talks",
            PAD,
            "Question: Madam Chancellor, you held a bilateral meeting with President Sadykov this "
            "morning. What did you agree?",
            "Chancellor Greta Holm: We agreed to open a consulate in Almaty.",
        ),
        Met(
            "bilateral",
            people("Greta Holm", "Sadykov"),
            agreements=("open a consulate in Almaty",),
        ),
    ),
    case(
        "M8",
        wire(
            HEAD,
            "President Ade Okonkwo also met Prime Minister Ilse Brandauer on the sidelines and "
            "asked her to visit Abuja in the spring.",
        ),
        Met(
            "bilateral",
            people("Ade Okonkwo", "Ilse Brandauer"),
            agreements=("asked her to visit Abuja in the spring",),
        ),
    ),
]


@pytest.mark.parametrize(("text", "checks"), MEETINGS)
def test_meetings(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- X: metadata ---------------------------------------------------------------------------------

METADATA = [
    case(
        "X3",
        wire(
            "Leaders meet at the Mekong-Lancang summit",
            "The Mekong-Lancang Cooperation (MLC) summit opened in Vientiane on Monday.",
        ),
        Meta(organisation="Mekong-Lancang Cooperation", acronym="MLC"),
    ),
    case(
        "X4",
        wire(
            "Informal meeting of CARICOM heads of government",
            "An informal meeting of CARICOM heads of government took place in Bridgetown.",
        ),
        Meta(name="Informal meeting of CARICOM heads of government"),
    ),
    case(
        "X5",
        wire(
            HEAD,
            "The three-day conference in Norway closed on Sunday. Prime Minister Ilse Brandauer "
            "will host the next round in Geneva in 2026.",
        ),
        Meta(country="Norway", city=None),
    ),
    case(
        "X5-venue",
        wire(
            "Readout of the President's meeting with Prime Minister Ole Brandt",
            "President Ana Ruiz hosted Prime Minister Ole Brandt at the White House today for "
            "talks on trade and energy.",
        ),
        Meta(city="Washington", country="United States"),
    ),
    case(
        "X5-dateline",
        wire(
            "Meeting with Prime Minister of Denmark Mette Lund",
            "May 28, 2025 15:35 Camp Rasmussen (Danish Air Base)",
            "Vladimir Putin met with Prime Minister of Denmark Mette Lund on the sidelines of the "
            "Arctic Council summit.",
            PAD,
        ),
        Meta(city="Camp Rasmussen"),
    ),
    case(
        "X6",
        wire(HEAD, "The three-day forum opened on Monday."),
        Meta(duration="three-day"),
    ),
    case(
        "X7",
        wire(
            HEAD,
            "Prime Minister Ilse Brandauer spent the morning in one-on-one meetings with leaders, "
            "then opened the plenary session.",
        ),
        Meta(formats=()),
    ),
]


@pytest.mark.parametrize(("text", "checks"), METADATA)
def test_metadata(text: str, checks: tuple[Check, ...]) -> None:
    run(text, checks)


# -- the table itself ----------------------------------------------------------------------------

ALL = [*LAYOUT, *NAMES, *QUOTES, *SPEECHES, *DECISIONS, *STATEMENTS, *MEETINGS, *METADATA]


def test_every_row_of_patterns_md_is_a_case() -> None:
    """68 rows, each a case (variants share the row's class before a "-")."""
    ids = [p.id for p in ALL]
    assert len(ids) == len(set(ids))
    assert len({i.split("-")[0] for i in ids}) == 68


def test_xfail_list_names_only_existing_cases() -> None:
    assert set(XFAIL) <= {p.id for p in ALL}


def test_wire_layout_has_two_long_lines() -> None:
    for p in ALL:
        text = p.values[0]
        if p.id != "L7":
            assert sum(len(line) > 100 for line in text.splitlines()) >= 2, p.id
