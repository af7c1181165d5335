"""French names typed by the common noun before them: *la place Tahrir* is a place, *la
capsule Dragon* a product, *le collectif la Quadrature du Net* an organisation, *le
projet ACTA* a treaty, *des marques telles que Revlon, Essie et Tweezerman* firms. The
statistical model reads such names from their form and guesses (Tahrir a person, Dragon a
place); the noun in front says what they are.

A name typed this way keeps its type wherever else the article writes it the same way
(*l'ACTA*, *Dragon* alone), because an article does not change what a name refers to.
The recogniser ranks above the model, so the model never overrides it, and below the
gazetteer and the rules; like the model's, a cue's name that extends a known one
(*l'application Yuanbao Chatbot*) keeps the known name's type and canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.entities.base import Block, Candidate, Label
from reader.entities.products import products

_CUES: dict[Label, tuple[str, ...]] = {
    Label.LOC: (
        "place",
        "square",
        "rue",
        "avenue",
        "boulevard",
        "quartier",
        "pont",
        "aéroport",
        "aéroport international",
        "stade",
        "mosquée",
        "cathédrale",
        "hôpital",
        "hôtel",
    ),
    Label.PRODUCT: (
        "fusée",
        "fusées",
        "capsule",
        "vaisseau",
        "vaisseau spatial",
        "navette",
        "lanceur",
        "satellite",
        "sonde",
        "télescope",
        "avion",
        "hélicoptère",
        "logiciel",
        "application",
        "console",
        "smartphone",
        "réseau social",
        "navigateur",
        "système d'exploitation",
        "système",
        "moteur de recherche",
        "jeu vidéo",
        "jeux vidéo",
        "appli",
        "application mobile",
        "vaccin",
        "médicament",
        "herbicide",
        "désherbant",
        "pesticide",
        "spectrographe",
        "instrument",
        "distribution",
        "encyclopédie",
        "plateforme",
        "messagerie",
        "assistant vocal",
        "chatbot",
        "agent conversationnel",
        "ordinateur",
        "superordinateur",
        "supercalculateur",
        "processeur",
        "puce",
        "navire",
        "bateau",
        "ferry",
        "voilier",
        "monocoque",
        "trimaran",
        "paquebot",
        "frégate",
        "avion de chasse",
        "char",
        "rover",
        "robot",
        "drone",
        "missile",
        "sous-marin",
        "porte-avions",
        "tablette",
        "gazoduc",
        "oléoduc",
        "pipeline",
        "détecteur",
        "accélérateur",
        "collisionneur",
        "téléphone",
        "voiture",
        "véhicule",
        "camion",
        "montre",
        "réacteur",
        "prototype",
    ),
    Label.ORG: (
        "collectif",
        "association",
        "syndicat",
        "parti",
        "société",
        "entreprise",
        "compagnie",
        "agence",
        "ONG",
        "fédération",
        "organisation",
        "banque",
        "chaîne",
        "journal",
        "quotidien",
        "hebdomadaire",
        "magazine",
        "groupe",
        "constructeur",
        "opérateur",
        "club",
        "école",
        "lycée",
        "marque",
        "marques",
        "enseigne",
        "enseignes",
        "magasin",
        "magasins",
        "boutiques",
        "point de vente",
        "points de vente",
        "distributeur",
    ),
    Label.PER: (
        "inspecteur",
        "inspectrice",
        "commissaire",
        "professeur",
        "chanteur",
        "chanteuse",
        "comédien",
        "comédienne",
        "acteur",
        "actrice",
        "réalisateur",
        "réalisatrice",
        "romancier",
        "romancière",
        "écrivain",
        "général",
        "président",
        "présidente",
        "premier ministre",
        "ministre",
        "sénateur",
        "sénatrice",
        "député",
        "députée",
        "maire",
        "juge",
        "pape",
        "dictateur",
        "journaliste",
        "avocat",
        "avocate",
    ),
    Label.MISC: (
        "traité",
        "accord",
        "projet de loi",
        "loi",
        "pacte",
        "opération",
        "festival",
        "foire",
        "salon",
        "prix",
        "série",
        "feuilleton",
        "film",
        "émission",
        "programme télévisé",
        "show",
        "talk-show",
        "sitcom",
        "dessin animé",
        "typhon",
        "ouragan",
        "cyclone",
        "tempête",
        "initiative",
        "roman",
        "livre",
        "album",
        "chanson",
        "spectacle",
        "documentaire",
        "téléfilm",
        "jeu télévisé",
        "exposition",
        "concours",
        "championnat",
        "tournoi",
        "rallye",
        "sommet",
        "conférence",
    ),
}
# A name: capitalised words (or an acronym, or a word with a digit such as "Falcon 9", or
# a version, "Ubuntu 12.10"),
# joined by single spaces, hyphens or a "de/du/des/d'" inside (an English title's "of",
# "the", "and": *la série Game of Thrones*); Roman numerals count.
_WORD = r"(?:[A-ZÀ-Ý][\w’'&-]*|[IVX]+\b|\d+(?:\.\d+)*\b)"
_NAME = (
    rf"(?P<name>[A-ZÀ-Ý][\w’'&-]*(?:(?:\s+(?:de|du|des|d['’])\s*"
    rf"|\s+(?:of|the|and|on|in|for|to)\s+|\s+|-){_WORD})*)"
)
# A place's name stops before "de": "la place Tahrir du Caire" is Tahrir, in Cairo.
_PLACE_NAME = rf"(?P<name>[A-ZÀ-Ý][\w’'&-]*(?:(?:\s+|-){_WORD})*)"
_ARTICLE = r"(?:(?:la|le|les|l['’])\s*)?"
# An adjective between the noun and the name — a nationality or a kind: *le quotidien
# espagnol El País*, *le groupe pétrolier Total*, *le groupe armé Boko Haram* — read by
# its ending, so that a verb (*le parti dénonce Sarkozy*) is never one.
_ADJECTIVE = (
    r"(?:[a-zà-ÿ][a-zà-ÿ-]*(?:ais|aise|ain|aine|ien|ienne|ois|oise|éen|éenne|and|ande|ol|ole"
    r"|ique|ier|ière|é|ée|iste|al|ale|el|elle|if|ive|aire)s?\s+)?"
)


# "Called" between the kind and the name: *une initiative appelée AI Next*
_CALLED = r"(?:(?:appel|baptis|nomm|dénomm|surnomm)ée?s?\s+)?"
# Storms keep their kind's word in a headline, capitalised there: "Ouragan Sandy : 39 morts"
_HEADLINE_CUES = frozenset({"typhon", "ouragan", "cyclone", "tempête"})
# Kinds that are part of the name they stand before: a street, a road, a bridge, a fair is
# named with its kind (*la rue John*, *le pont Mathilde*, *la foire Saint-Romain*), where a
# square, a stadium or a festival is not (*la place Tahrir*: Tahrir)
_WITH_KIND = frozenset({"rue", "avenue", "boulevard", "pont", "foire"})
# A version ending a product's name: "Ubuntu 12.10" is also "Ubuntu" in the article
_VERSION = re.compile(r"\s+\d+(?:\.\d+)*$")


def _alternative(cue: str) -> str:
    escaped = re.escape(cue).replace(r"\ ", r"\s+")
    if cue in _HEADLINE_CUES:
        return f"[{cue[0].upper()}{cue[0]}]{escaped[1:]}"
    return escaped


def _pattern(label: Label) -> re.Pattern[str]:
    cues = sorted(_CUES[label], key=len, reverse=True)
    words = "|".join(_alternative(c) for c in cues)
    # a place's or a product's name stops before "de": *la place Tahrir du Caire*, *le
    # détecteur ATLAS du CERN*, *le réacteur EPR de Flamanville*
    name = _PLACE_NAME if label in (Label.LOC, Label.PRODUCT) else _NAME
    # a storm's name also follows its kind after a comma: *un deuxième typhon, Damrey*
    storms = "|".join(_alternative(c) for c in cues if c in _HEADLINE_CUES)
    kind = rf"(?:(?:{words})\s+|(?:{storms})\s*,\s*)" if storms else rf"(?:{words})\s+"
    return re.compile(rf"(?<![\w-]){kind}{_ADJECTIVE}{_CALLED}{_ARTICLE}{name}")


_PATTERNS = [(label, _pattern(label)) for label in _CUES]
# A kind that names other things too (*le programme Apollo*, a programme; *le programme
# Galileo*, the satellites the article calls *le système Galileo*): it types a name only
# where no other cue of the article does
_WEAK = re.compile(rf"(?<![\w-])programme\s+{_ADJECTIVE}{_CALLED}{_ARTICLE}{_PLACE_NAME}")
# A list after the kind and "such as": *des marques telles que Revlon, Essie et Tweezerman*,
# *des boutiques comme Boots*: each item is of that kind
_ITEM = r"[A-ZÀ-Ý][\w’'&-]*(?:\s+[A-ZÀ-Ý][\w’'&-]*)*"
_ITEMS = re.compile(r"\s*,\s*|\s+(?:et|ou)\s+")


def _list_pattern(label: Label) -> re.Pattern[str]:
    words = "|".join(_alternative(c) for c in sorted(_CUES[label], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{words})\s+{_ADJECTIVE}(?:tel(?:le)?s?\s+que|comme|dont)\s+"
        rf"(?P<items>{_ITEM}(?:(?:\s*,\s*|\s+(?:et|ou)\s+){_ITEM})*)"
    )


_LISTS = [(label, _list_pattern(label)) for label in (Label.ORG, Label.PRODUCT)]
# A place by its kind and "de": *la ville de Palu*, *la province d'Idlib*, *les villes de
# Donggala, Sigi et Boutong* (a name the model, without the kind, took for a person's);
# the kind with its determiner, so that an adjective is none (*déclaration commune de*)
_PLACE_KINDS = (
    "villes?|villages?|communes?|provinces?|régions?|comtés?|districts?|île|cantons?"
    "|localités?|bourgades?|banlieues?|municipalités?|[ée]tats?|État"
)
_PLACES_OF = re.compile(
    r"(?<![\w-])(?:[Ll]es?|[Ll]a|[Ll]['’]|[Dd]es|[Dd]u|[Aa]ux?|[Cc]e|[Cc]ette|[Cc]es)\s*"
    rf"(?:{_PLACE_KINDS})\s+{_ADJECTIVE}(?:de\s+|d['’]\s*)"
    rf"(?P<items>{_ITEM}(?:(?:\s*,\s*|\s+et\s+){_ITEM})*)"
)
# A person described by their age, the name in apposition: *l'accusé de 29 ans, Quinton
# Tellis*, *la victime, 19 ans, Jessica Chambers*
_AGED = re.compile(
    r"(?<![\w-])\d{1,3}[\s\u00a0]ans\s*,\s*(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+)"
)
# A ministry by its full name: "le ministère de l'Intérieur", "ministère de la Culture et
# de la Communication" (written in lower case, so no model takes it for a name).
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)"
MINISTRY = re.compile(
    rf"(?<![\w-])[Mm]inistère\s+{_OF}[A-ZÀ-Ý][\w’'-]*"
    rf"(?:(?:\s*,\s*|\s+et\s+|\s+){_OF}?[A-ZÀ-Ý][\w’'-]*)*"
)


# A university by its town or its founder, in lower case inside a sentence: "l'université
# de Caen", "l'Université de Carnegie Mellon" (or after an adjective: "l'université
# américaine de Beyrouth")
UNIVERSITY = re.compile(
    rf"(?<![\w-])[Uu]niversité\s+{_ADJECTIVE}{_OF}[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*"
)
# A web site by its address: "Planethunters.org", "arXiv.org" (a web service)
SITE = re.compile(
    r"(?<![\w@./-])(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:org|com|net|fr|info|io|eu)"
    r"(?![\w@/-])"
)


class CueRecognizer:
    name = "cues"
    version = "15"
    priority = 55  # above the model (50), below the gazetteer (80) and the rules (70)

    def recognize(self, text: str, blocks: Sequence[Block], lang: str | None) -> list[Candidate]:
        french = [b for b in blocks if (b.lang or lang) == "fr"]
        typed: dict[str, Label] = {}
        for block in french:
            chunk = text[block.start : block.end]
            for label, pattern in _PATTERNS:
                for match in pattern.finditer(chunk):
                    name = match.group("name").rstrip(".’'-")
                    kind, _, rest = match.group().partition(" ")
                    if kind in _WITH_KIND and rest.startswith(match.group("name")):
                        name = f"{kind} {name}"  # nothing between: *la rue John*
                    if len(name) >= 2:
                        typed.setdefault(name, label)
                    version = _VERSION.search(name) if label is Label.PRODUCT else None
                    if version is not None and version.start() >= 2:
                        typed.setdefault(name[: version.start()], label)
            for name, label in products(chunk).items():
                typed.setdefault(name, label)
            for match in _AGED.finditer(chunk):
                typed.setdefault(match.group("name"), Label.PER)
            for match in _PLACES_OF.finditer(chunk):
                for item in _ITEMS.split(match.group("items")):
                    if len(item) > 2:
                        typed.setdefault(item, Label.LOC)
            for label, pattern in _LISTS:
                for match in pattern.finditer(chunk):
                    for item in _ITEMS.split(match.group("items")):
                        if len(item) > 2:
                            typed.setdefault(item, label)
        for block in french:
            for match in _WEAK.finditer(text, block.start, block.end):
                name = match.group("name").rstrip(".’'-")
                if len(name) >= 2:
                    typed.setdefault(name, Label.MISC)
        found: list[Candidate] = []
        for block in french:
            for pattern, label in ((MINISTRY, Label.ORG), (UNIVERSITY, Label.ORG)):
                for match in pattern.finditer(text, block.start, block.end):
                    found.append(Candidate(match.start(), match.end(), label, self.name))
            for match in SITE.finditer(text, block.start, block.end):
                found.append(Candidate(match.start(), match.end(), Label.PRODUCT, self.name))
        if not typed:
            return found
        names = sorted(typed, key=len, reverse=True)
        # not before a model's code: "le constructeur Airbus", then "un Airbus A330"
        anywhere = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"
            r"(?!\s+(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Z\d][\w-]*)"
        )
        for block in french:
            chunk = text[block.start : block.end]
            for match in anywhere.finditer(chunk):
                start = block.start + match.start()
                found.append(
                    Candidate(start, block.start + match.end(), typed[match.group()], self.name)
                )
        return found
