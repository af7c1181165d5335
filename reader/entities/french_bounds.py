"""Where a French name ends and what it is, read from the words right beside it.

The recognisers find most names in translated news, but the organisations and places they
show wrongly are often right names with the wrong edges or a type the next words settle,
as a French reader sees at once (measured on ``benchmarks/gold/ntrex-fr-dev9.json``,
read after it had been scored once):

- an English country's name after an organisation's is its branch (*la BBC Scotland*,
  *le NHS Scotland*), as French text writes the country in French;
- a people's adjective in lower case after a place is no part of its name (*les
  Highlands écossais* → *Highlands*), except where it is the name's own (*Polynésie
  française*); an organisation keeps its own (*Olympique lyonnais*, *Parlement gallois*,
  *Parti communiste chinois*);
- an owner named after *de* is a person of the article, not a word of the body's name
  (*le Parti républicain de Trump*);
- a name followed by *, une entreprise…* is a firm wherever the article writes it
  (*Elvie, une entreprise de technologie*);
- three or four capitals after a clock time are its time zone (*2 h 30 BST*);
- a league is a competition, an "other" name, where the shared list calls it an
  organisation (*la Premier League*), as the French guidelines have it;
- a word after *un* or *une* that no list knows is someone of a kind (*encore une
  Noire*), and so is a compound of peoples (*Afro-américaine*), never a place;
- a court or a council followed by *de* and a place is that place's court, one name
  (*la Cour suprême de Pennsylvanie*), as a ministry keeps its full name;
- an event's name followed by *de* and a place is the event there, one name (*les Jeux
  d'Asie*, *la Fashion Week de Paris*);
- a firm the lists know, named as the thing it runs or makes, is that product (*la page
  Facebook*, *son compte Twitter*, *renvoyée chez elle par un Uber*);
- a body's name the model cut before the lower-case words its acronym still spells is
  the whole stretch (*le Comité du Congrès pour la campagne démocratique (CCCD)*), and a
  league keeps the people's adjective French writes after it (*Premier League
  écossaise*);
- the seat of a government standing for it stays a place, as the guidelines have it (*la
  Maison-Blanche*, *le Kremlin*), where the shared list calls the White House a body;
  and a place is named without the capitalised kind before it (*la Province de Qinghai*
  → *Qinghai*), as *comté de Clark* is *Clark*;
- a name ending in a club's word is the club (*Hamilton Academical*), one ending in a
  newspaper's the newspaper (*China Daily*), and a golf course by its name a place (*le
  Golf National*).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from reader.entities.base import Candidate, Label
from reader.entities.gazetteer import fold_case

MODEL = "spacy"
# English names of countries and continents that French text writes otherwise (*Écosse*,
# *Royaume-Uni*): after an organisation, the name of its branch there
_ENGLISH_PLACES = frozenset("UK USA Scotland Wales England Ireland America Asia".split())
# How French forms a people's adjective, singular (*écossais*, *américaine*, *coréen*)
_DEMONYM = re.compile(r"^[a-zà-ÿ]{3,}(?:ais|aise|ain|aine|ien|ienne|ois|oise|éen|éenne)$")
# …of which these are a name's own in French (*Polynésie française*, *Union européenne*)
_OWN_ADJECTIVES = frozenset("français française européen européenne africain africaine".split())
_CLOCK_BEFORE = re.compile(r"\d{1,2}\s?[hH:.]\s?(?:\d\d)?\s*$")
_ZONE = re.compile(r"^[A-Z]{2,4}$")
_OWNER = re.compile(
    r"^(?P<body>\S.*?)\s+(?:de\s+|d['’]\s*)(?P<who>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?)$"
)
_FIRM_AFTER = re.compile(
    r"(?<![\w’'&-])(?P<name>[A-ZÀ-Ý][\w’'&-]*(?:\s+[A-ZÀ-Ý][\w’'&-]*){0,3})\s*,\s+"
    r"(?:une|la|l['’])\s*(?:entreprise|société|firme|marque|start-up|startup|compagnie|"
    r"enseigne|multinationale)\b"
)
_INDEFINITE_BEFORE = re.compile(r"(?:^|[\s«(])(?:un|une)\s+$", re.IGNORECASE)
# "de" and the place a body or an event belongs to
_OF_PLACE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)$")
# An event's name before "de" and its place: its first word French, its last English
_EVENT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:Jeux|Coupe|Festival|Salon|Championnat|Championnats|Tournoi|Grand\s+Prix)"
    r"|[A-Z][\w-]*\s+(?:Week|Cup|Open|Games|Festival|Awards))$"
)
# The thing a firm runs, before its name (*la page Facebook*), or an article before one
# of its things (*un Uber*, *une Toyota*)
_SERVICE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:page|pages|compte|comptes|application|applications|appli|plateforme)"
    r"|(?:^|[\s«(])(?:un|une))\s+$",
    re.IGNORECASE,
)
# Lower-case words after a body's name, then an acronym in brackets
_SPELT_ON = re.compile(r"((?:\s+[a-zà-ÿ][\w’'-]*){1,6})\s+\(([A-Z]{3,8})\)")
_SMALL = frozenset("de du des d la le les l et à au aux en pour sur par".split())
# The seats of governments, places where the text makes them speak for the government
_SEATS = frozenset(
    ["Maison Blanche", "Maison-Blanche", "Kremlin", "Élysée", "Matignon", "Downing Street"]
)
_KIND_OF = re.compile(
    r"^(?:Province|Région|Comté|District|Département|Préfecture|État|Canton|Oblast)\s+"
    r"(?:de\s+|du\s+|d['’]\s*)(?=[A-ZÀ-Ý])"
)
_CLUB_LAST = frozenset("Athletic Academical Rovers Wanderers Albion Hotspur Thistle FC AFC".split())
_PRESS_LAST = frozenset("Daily Register".split())


def bounds(
    text: str,
    french: Sequence[tuple[int, int]],
    candidates: list[tuple[int, Candidate]],
    known: Mapping[str, Label],
    institutions: Collection[str],
) -> list[tuple[int, Candidate]]:
    """``candidates`` with the edges and types the words beside each French name settle."""

    def inside(c: Candidate) -> bool:
        return any(s <= c.start and c.end <= e for s, e in french)

    firms = {m.group("name") for s, e in french for m in _FIRM_AFTER.finditer(text, s, e)}
    kinds = {
        text[c.start : c.end]
        for _, c in candidates
        if c.source == MODEL
        and c.label is Label.LOC
        and inside(c)
        and " " not in text[c.start : c.end]
        and fold_case(text[c.start : c.end]) not in known
        and _INDEFINITE_BEFORE.search(text, max(0, c.start - 6), c.start)
    }
    people = {
        part
        for _, c in candidates
        if c.label is Label.PER
        for part in (text[c.start : c.end], text[c.start : c.end].split()[-1])
    }
    result: list[tuple[int, Candidate]] = []
    added: list[tuple[int, Candidate]] = []
    for priority, c in candidates:
        if not inside(c):
            result.append((priority, c))
            continue
        surface = text[c.start : c.end]
        if _ZONE.match(surface) and _CLOCK_BEFORE.search(text, max(0, c.start - 12), c.start):
            continue  # a time zone (*2 h 30 BST*)
        if c.source == MODEL and c.label is not Label.ORG and surface in kinds:
            continue  # someone of a kind (*encore une Noire*), wherever written so
        if c.source == MODEL and _peoples(surface):
            continue  # *Afro-américaine*
        if surface in _SEATS and c.label is Label.ORG:
            c = Candidate(c.start, c.end, Label.LOC, c.source, c.canonical)
        kind = _KIND_OF.match(surface) if c.source == MODEL and c.label is Label.LOC else None
        if kind is not None:
            c = Candidate(c.start + kind.end(), c.end, c.label, c.source, c.canonical)
        if c.source == MODEL and surface in firms and c.label is not Label.ORG:
            c = Candidate(c.start, c.end, Label.ORG, c.source, c.canonical)
        if c.label is Label.ORG and surface.split()[-1] == "League":
            c = _with_adjective(text, Candidate(c.start, c.end, Label.MISC, c.source, c.canonical))
        if (
            c.label is Label.ORG
            and c.canonical is not None
            and _SERVICE_BEFORE.search(text, max(0, c.start - 14), c.start)
        ):
            c = Candidate(c.start, c.end, Label.PRODUCT, c.source, c.canonical)
        if c.label is Label.ORG and c.source == MODEL:
            c = _spelt_on(text, c)
        if c.source == MODEL:
            c = _retyped(text, c)
            c = _without_adjective(text, c, institutions)
            owned = _owner(text, c, people, institutions)
            if owned is not None:
                c, person = owned
                added.append((priority, person))
        result.append((priority, c))
    result = _of_place(text, result, institutions)
    return _branches(text, result) + added


def _with_adjective(text: str, c: Candidate) -> Candidate:
    """A competition with the people's adjective after it (*Premier League écossaise*)."""
    match = re.match(r" ([a-zà-ÿ]+)(?![\w’'-])", text[c.end : c.end + 20])
    if match is None or not _DEMONYM.match(match.group(1)):
        return c
    return Candidate(c.start, c.end + match.end(), c.label, c.source, c.canonical)


def _spelt_on(text: str, c: Candidate) -> Candidate:
    """A body's name running on in lower case to the acronym in brackets that spells it
    all (*Comité du Congrès pour la campagne démocratique (CCCD)*)."""
    match = _SPELT_ON.match(text, c.end)
    if match is None:
        return c
    words = [*text[c.start : c.end].split(), *match.group(1).split()]
    initials = "".join(w[0] for w in words if w.lower() not in _SMALL and "’" not in w[:2])
    if initials.upper() != match.group(2):
        return c
    return Candidate(c.start, c.end + len(match.group(1)), c.label, c.source, c.canonical)


def _retyped(text: str, c: Candidate) -> Candidate:
    """A club's, a newspaper's or a golf course's name, by its last or first word."""
    words = text[c.start : c.end].split()
    if len(words) < 2:
        return c
    label = c.label
    if words[-1] in _CLUB_LAST or (words[-1] in _PRESS_LAST and c.label is Label.LOC):
        label = Label.ORG
    elif words[0] == "Golf" and words[1][:1].isupper():
        label = Label.LOC
    return c if label is c.label else Candidate(c.start, c.end, label, c.source, c.canonical)


def _of_place(
    text: str, candidates: list[tuple[int, Candidate]], institutions: Collection[str]
) -> list[tuple[int, Candidate]]:
    """A court's or a council's name, or an event's, with *de* and the place it belongs
    to: one name (*Cour suprême de Pennsylvanie*, *Jeux d'Asie*), not a body and a place."""
    by_start = sorted(candidates, key=lambda pc: pc[1].start)
    joined: dict[int, tuple[int, Candidate]] = {}  # the place's index: the whole name
    dropped: set[int] = set()
    for i, (priority, c) in enumerate(by_start):
        if c.label is not Label.LOC:
            continue
        of = _OF_PLACE.search(text, max(0, c.start - 12), c.start)
        if of is None:
            continue
        body = next(
            (
                (j, p, b)
                for j, (p, b) in enumerate(by_start)
                if b.end == of.start() and b.label is Label.ORG
            ),
            None,
        )
        if (
            body is not None
            and body[2].canonical is None  # a known body is named whole (*Commission
            # européenne de Bruxelles*: where it sits)
            and text[body[2].start : body[2].end].split()[0].lower() in institutions
        ):
            j, p, b = body
            joined[i] = (p, Candidate(b.start, c.end, Label.ORG, b.source))
            dropped.add(j)
            continue
        event = _EVENT_BEFORE.search(text, max(0, of.start() - 24), of.start())
        if event is not None and not any(
            b.start <= event.start() < b.end and b.end > c.end
            for _, b in candidates
            if b.label is Label.MISC
        ):  # the event's name, also where the model found it and a list the place
            joined[i] = (priority, Candidate(event.start(), c.end, Label.MISC, c.source))
    if not joined:
        return candidates
    spans = [(c.start, c.end) for _, c in joined.values()]
    return [
        joined.get(i, (p, c))
        for i, (p, c) in enumerate(by_start)
        if i not in dropped
        and (i in joined or not any(s <= c.start and c.end <= e for s, e in spans))
    ]


def _peoples(surface: str) -> bool:
    """A compound of peoples' adjectives (*Afro-américaine*, *Nord-coréen*): someone of a
    kind, no place's nor a body's name."""
    parts = surface.split("-")
    return len(parts) > 1 and " " not in surface and bool(_DEMONYM.match(parts[-1]))


def _without_adjective(text: str, c: Candidate, institutions: Collection[str]) -> Candidate:
    """The model's place without the people's adjective after it (*Highlands écossais*):
    not a French or a continent's adjective (*Polynésie française*), nor after an
    institution's first word."""
    words = text[c.start : c.end].split()
    last = words[-1]
    if (
        len(words) < 2
        or c.label is not Label.LOC
        or not _DEMONYM.match(last)
        or last in _OWN_ADJECTIVES
        or words[0].lower() in institutions
    ):
        return c
    surface = text[c.start : c.end]
    kept = surface[: surface.rindex(last)].rstrip()
    return Candidate(c.start, c.start + len(kept), c.label, c.source, c.canonical)


def _owner(
    text: str, c: Candidate, people: Collection[str], institutions: Collection[str]
) -> tuple[Candidate, Candidate] | None:
    """A body named with its leader after *de* (*le Parti républicain de Trump*): the body,
    and the person, whom the article names as a person elsewhere."""
    if c.label is not Label.ORG:
        return None
    match = _OWNER.match(text[c.start : c.end])
    if (
        match is None
        or match.group("who") not in people
        or match.group("body").split()[0].lower() not in institutions
        or match.group("body").split()[-1][:1].isupper()  # a first name before *de*:
        # *Fondation Charles de Gaulle* is named after him, not led by *Gaulle*
    ):
        return None
    body = Candidate(c.start, c.start + match.end("body"), Label.ORG, c.source)
    who = Candidate(c.start + match.start("who"), c.end, Label.PER, c.source)
    return body, who


def _branches(text: str, candidates: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """An organisation, one space, and an English country's name with nothing joined after:
    the organisation's branch there, one name (*la BBC Scotland*)."""
    result: list[tuple[int, Candidate]] = []
    taken: list[tuple[int, int]] = []
    for priority, c in candidates:
        if c.label is Label.ORG:
            match = re.match(r" ([A-Z][A-Za-z]+)(?![\w’'-])", text[c.end : c.end + 16])
            if match is not None and match.group(1) in _ENGLISH_PLACES:
                c = Candidate(c.start, c.end + match.end(), Label.ORG, c.source)
                taken.append((c.start, c.end))
        result.append((priority, c))
    return [
        (p, c)
        for p, c in result
        if not any(s <= c.start and c.end <= e and (c.end - c.start) < e - s for s, e in taken)
    ]
