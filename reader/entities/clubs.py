"""A town's name standing for its club, read from the words of sport around it.

French sports news names clubs by their town: *Lyon a battu Marseille 2-1*, *l'entraîneur
de Lyon*, *Ayr 38 - 17 Melrose*, *17-5 pour Ayr*. The statistical model reads such a name
from its form and calls it a place (or, for a town it does not know, a person); the
reader knows it is a club because the article is about a match and the name is where a
team stands: the subject of *a battu*, *s'impose*, *mène*; after *contre*, *face à*; on
either side of a score; after a player's or a coach's role and *de*. In an article that
speaks of sport, a place named so is an organisation wherever the article names it the
same way, except where it is plainly a place (*à Lyon*, *en*, *dans*, *la ville de*).

A country is never a club here: a national team keeps its country's type (the gold's
guidelines: *Bulgarie – France*), and French writes a country with its article (*la
France*, *le Japon*, *en Croatie*) where it writes a town bare; so a name the article also
writes after *la*, *le*, *l'*, *les* or *en* stays what it was. Outside sports news
(*l'offensive contre Alep*, *face à Damas*) nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reader.entities.base import Candidate, Label
from reader.entities.gazetteer import fold_case

# above the model, the cues, the acronyms and the gazetteer's places (*Paris affrontera
# Barcelone*): the context decides; a longer name around it is never cut
PRIORITY = 81
SOURCE = "clubs"
MODEL = "spacy"
# Words of sport that other news seldom uses (not *victoire*, *défaite*, *score*,
# *équipe*, *rencontre*, *points*, *tirs*: an election or a war has them too)
_SPORT = frozenset(
    """match matchs championnat entraîneur entraîneurs joueur joueurs joueuse joueuses
    mi-temps penalty penalties pénalty buteur buteurs attaquant attaquants sélectionneur
    ballon pelouse égalisation égalisé égalise carton club clubs stade supporters finale
    demi-finale mêlée maul vestiaire dribble buts""".split()
)
# …of which these are also said of politics or business
_LOOSE = frozenset("match matchs club clubs stade supporters finale demi-finale".split())
# A score: "2-1", "38 - 17", "1 à 0"
_SCORE = re.compile(
    r"(?<![\w,.])\d{1,3}\s*[-–]\s*\d{1,3}(?![\w,.])|(?<![\w,.])\d\s+à\s+\d(?![\w,.])"
)
_NAME = r"(?<![\w-])[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)?"
# A team as the subject of a match's verb: "Chelsea menait 1 à 0", "Lyon a battu"
_SUBJECT = re.compile(
    rf"(?P<name>{_NAME})\s+(?:a\s+|avait\s+|aura\s+)?(?:battu|bat|s['’](?:est\s+)?impos[ée]e?|"
    r"l['’]emport(?:e|ait)|l['’]a\s+emporté|mène|menait|mènera|affront(?:e|ait|era)|"
    r"fera\s+face|fait\s+face|s['’](?:est\s+)?inclin[ée]e?|"
    r"remport(?:e|é)|se\s+déplac(?:e|era|ait)|élimin(?:e|é)|concède|concédé|ouvre\s+le\s+score|"
    r"a\s+ouvert\s+le\s+score|égalise|a\s+égalisé)\b"
)
# …and a verb a town is also the subject of (*Marseille accueille 40 000 supporters*,
# *Lens perd des habitants*): a team only before another team, a score or a game
_HOSTS = re.compile(
    rf"(?P<name>{_NAME})\s+(?:a\s+|avait\s+|aura\s+)?(?:recevra|reçoit|recevait|"
    r"accueill(?:e|ait|era)|perd|perdu|gagn[ée]|domin(?:e|é))\s+"
    r"(?=[A-ZÀ-Ý]|\d{1,3}\s*[-–]\s*\d|contre\b|face\b|(?:le\s+)?(?:match|derby)\b|"
    r"(?:la\s+)?(?:rencontre|finale)\b)"
)
# A team as the object: "contre Chelsea", "face à Marseille", "a battu Lyon"
_OBJECT = re.compile(
    r"(?<![\w-])(?:contre|face\s+à|battu|bat|battre|affronter|affrontera|affronte|recevoir|"
    r"recevra|reçoit|accueille|accueillera|éliminé|élimine|devant|victoire\s+sur|succès\s+sur|"
    rf"victoire\s+face\s+à)\s+(?P<name>{_NAME})"
)
# Two teams on either side of a score: "Ayr 38 - 17 Melrose"
_BOTH = re.compile(
    rf"(?P<left>{_NAME})\s+\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s+(?P<right>{_NAME})(?![\w’'-])"
)
# A score for a team: "17-5 pour Ayr"
_FOR = re.compile(
    rf"\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s+(?:pour|en\s+faveur\s+d['’]|en\s+faveur\s+de)\s*(?P<name>{_NAME})"
)
# A role in a team, then the team: "l'entraîneur de Lyon", "le portier du Liverpool",
# "capitaine par intérim d'Ayr"
_ROLE = re.compile(
    r"(?<![\w-])(?:entraîneur|entraîneurs|technicien|techniciens|sélectionneur|sélectionneurs|"
    r"attaquant|attaquants|gardien|portier|défenseur|"
    r"défenseurs|(?<![Aa]u\s)milieu|ailier|buteur|capitaine|joueur|joueurs|joueuse|joueuses|"
    r"supporters|club|effectif|demi\s+de\s+mêlée|pilier|talonneur|(?<![àÀ]\sl['’])(?<![Ee]n\s)arrière|"
    r"numéro\s+\d+)"
    r"(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:de\s+|du\s+|d['’]\s*)"
    rf"(?P<name>{_NAME})"
)
# "du" before the team's name
_DU = re.compile(r"(?<![\w-])du\s+\S+$")
# A point of the compass, a region's name (*le club du Nord-Est*), never a club's
_COMPASS = re.compile(r"^(?:Nord|Sud|Est|Ouest)(?:-|$)")
# Where a name is plainly a place, whatever the article is about
_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:(?<!face\s)à|en|dans|vers|près\s+de|ville\s+de|région\s+de|stade\s+de|"
    r"banlieue\s+de)\s+|(?<![\w-])(?:ville|région|banlieue)\s+d['’]\s*)$",
    re.IGNORECASE,
)
# A country's or a region's article: French writes a town bare
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:la|le|les|l['’]|en)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[a-zà-ÿœ-]+")
# Words of a town's own life: a sentence holding them names the town, not its club
_TOWN = re.compile(
    r"(?<![\w-])(?:maire|mairie|habitants?|municipa(?:l|le|les|ux)|préfet|préfecture|"
    r"quartiers?|agglomération|conseil\s+municipal)(?![\w-])",
    re.IGNORECASE,
)


def sports(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the French text speaks of a game: three words of sport, one of them a
    game's own (a metaphor has *match*, *stade* and *supporters*, not *mi-temps*), or a
    score and two."""
    words = {w for s, e in spans for w in _WORD.findall(text[s:e].lower())}
    found = words & _SPORT
    scored = any(_SCORE.search(text, s, e) for s, e in spans)
    return (len(found) >= 3 and bool(found - _LOOSE)) or (scored and len(found) >= 2)


def clubs(
    text: str,
    spans: Sequence[tuple[int, int]],
    candidates: list[tuple[int, Candidate]],
    known: Mapping[str, Label],
) -> list[tuple[int, Candidate]]:
    """``candidates`` with every occurrence of a town standing for its club added as an
    organisation (ranked above the model's place or person), in sports news only."""
    if not sports(text, spans):
        return candidates
    places = {
        text[c.start : c.end]
        for _, c in candidates
        if c.label is Label.LOC and c.source in (MODEL, "gazetteer", "spread")
    }
    named = {text[c.start : c.end] for _, c in candidates if c.label in (Label.LOC, Label.PER)}

    # "l'attaquant du Portugal": *du* is the article a country takes; a town the
    # gazetteer knows there is a national side (a town it does not know, a club)
    known_places = {name for name in places | named if known.get(fold_case(name)) is Label.LOC}

    def place(name: str) -> bool:
        return name in places or known.get(fold_case(name)) is Label.LOC

    found: set[str] = set()
    for start, end in spans:
        for pattern in (_SUBJECT, _HOSTS, _OBJECT, _FOR, _ROLE):
            for match in pattern.finditer(text, start, end):
                name = match.group("name")
                if (
                    place(name)
                    and not _after_article(text, match.start("name"))
                    and not _COMPASS.match(name)
                    and not (_DU.search(match.group()) and name in known_places)
                ):
                    found.add(name)
        for match in _BOTH.finditer(text, start, end):
            left, right = match.group("left"), match.group("right")
            if (place(left) or place(right)) and {left, right} <= named | places:
                found.update((left, right))
    found = {name for name in found if not _written_as_country(text, spans, name)}
    if not found:
        return candidates
    longer = [
        (c.start, c.end) for _, c in candidates if c.label is not Label.DATE and c.end > c.start
    ]
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
        + r")(?![\w’'-])"
    )
    added: list[tuple[int, Candidate]] = []
    for start, end in spans:
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            if _PLACE_BEFORE.search(text, max(0, s - 16), s) or _town_spoken_of(text, s, e):
                continue
            if any(a <= s and e <= b and (b - a) > (e - s) for a, b in longer):
                continue  # inside a longer name: "Olympique de Marseille"
            added.append((PRIORITY, Candidate(s, e, Label.ORG, SOURCE)))
    return candidates + added


def _town_spoken_of(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` speaks of the town itself: its
    mayor, its people, its districts (*Lens perd des habitants, a rappelé le maire*)."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?;\n")
    rights = [i for i in (text.find(mark, end) for mark in ".!?;\n") if i >= 0]
    sentence = text[left + 1 : min(rights, default=len(text))]
    return bool(_TOWN.search(sentence))


def _after_article(text: str, start: int) -> bool:
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 6), start))


def _written_as_country(text: str, spans: Sequence[tuple[int, int]], name: str) -> bool:
    """Whether the article writes ``name`` after *la*, *le*, *l'*, *les* or *en*, as a
    country's or a region's name is written (never a town's)."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    return any(
        _after_article(text, m.start()) for s, e in spans for m in pattern.finditer(text, s, e)
    )
