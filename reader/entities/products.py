"""French products told by their form and their maker, not by a list of their names.

The French model has no label for a product: it calls *l'iPhone d'Apple* an other name,
*le F-16* an organisation, *la Model 3 de Tesla* a place, or nothing. What a French reader
goes by is general, and holds for products nobody listed:

- *a maker after it*: a name with a determiner before it and a maker's name after *de* —
  *l'iPhone d'Apple*, *la Model 3 de Tesla*, *le Pixel de Google*, *la Zoé de Renault*. A
  person takes no determiner (*Tim Cook d'Apple*), and a body or a role is known by its
  first word (*le Conseil d'administration d'Apple*, *le PDG d'Apple*);
- *a maker before a model's number*: *Boeing 787*, *Peugeot 208*, *Tesla Model 3*;
- *a model's code*: letters, a hyphen and a number (*F-16*, *MiG-29*, *GPT-4*, *X-37B*,
  *AK-47*), or one or two capitals and three digits or more (*A380*, *A400M*, *NK603*).
  A disease's code is no product (*Covid-19*, *H1N1*), nor a year;
- *a version after a product*: *Windows 8*, *Android 4.1*, *Firefox 15* are products with
  their version (:func:`versioned`), where the number counts no quantity (*Twitter 3
  millions*).

The makers are companies known for what they make (phones, computers, cars, aircraft,
rockets, arms, drugs, seeds, software): general knowledge, as the gazetteer is, never the
names of a gold set. Studios and broadcasters are left out — what they make is a work, an
other name (*House of Cards de Netflix*).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from reader.entities.base import Candidate, Label
from reader.entities.gazetteer import fold_case

MAKERS = (
    "Apple",
    "Google",
    "Microsoft",
    "Samsung",
    "Sony",
    "Nintendo",
    "Sega",
    "Tesla",
    "Boeing",
    "Airbus",
    "SpaceX",
    "Blue Origin",
    "Arianespace",
    "Renault",
    "Peugeot",
    "Citroën",
    "Toyota",
    "Honda",
    "Nissan",
    "Volkswagen",
    "BMW",
    "Audi",
    "Mercedes",
    "Mercedes-Benz",
    "Ford",
    "Fiat",
    "Ferrari",
    "Porsche",
    "Nokia",
    "Amazon",
    "Huawei",
    "Xiaomi",
    "Intel",
    "AMD",
    "Nvidia",
    "IBM",
    "HP",
    "Dell",
    "Lenovo",
    "Motorola",
    "LG",
    "HTC",
    "RIM",
    "Canon",
    "Nikon",
    "Panasonic",
    "Philips",
    "Toshiba",
    "Dassault",
    "Dassault Aviation",
    "Lockheed Martin",
    "Northrop Grumman",
    "Sukhoï",
    "Embraer",
    "Bombardier",
    "Alstom",
    "Siemens",
    "Pfizer",
    "Sanofi",
    "Moderna",
    "AstraZeneca",
    "Novartis",
    "Roche",
    "Monsanto",
    "Bayer",
    "Syngenta",
    "Mozilla",
    "Canonical",
    "Valve",
    "Ubisoft",
    "Activision",
    "Blizzard",
    "Electronic Arts",
    "OpenAI",
    "Baidu",
    "Alibaba",
    "Tencent",
    "ByteDance",
    "Meta",
    "Facebook",
)
# Roles and bodies of a firm, by their first word: "le PDG d'Apple", "le Conseil d'Apple"
_NOT_PRODUCTS = frozenset(
    """pdg dg drh ceo cto cfo coo vp ca conseil comité bureau centre laboratoire
    siège direction service département division filiale fondation groupe usine
    site équipe président présidente directeur directrice patron patronne
    programme projet magasin boutique""".split()
)
_DEMONYM = re.compile(r"(?:ais|aise|ain|aine|ien|ienne|ois|oise|éen|éenne)s?$")
_MAKER = "(?:" + "|".join(re.escape(m) for m in sorted(MAKERS, key=len, reverse=True)) + ")"
# A name as a product is written: capitalised, or an i before a capital (iPhone, iOS),
# with further capitalised words, numbers and codes (Galaxy S3, Model 3, Xbox One)
_WORD = r"(?:[A-ZÀ-Ý]|i(?=[A-Z]))[\w’'&+-]*"
_PRODUCT = rf"(?P<name>{_WORD}(?:[ \u00a0]+(?:[A-ZÀ-Ý][\w’'&+-]*|\d+(?:\.\d+)*[A-Za-z]?\b))*)"
_DETERMINER = r"(?<![\w-])(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?)\s*"
_OF_MAKER = re.compile(
    rf"{_DETERMINER}{_PRODUCT}\s+(?:de\s+|d['’]\s*)(?:la\s+|l['’]\s*)?{_MAKER}(?![\w-])"
)
# What a number counts, not a model's: "Amazon 500 millions", "Android 75 %", "Boeing
# 50 avions", "Renault 4000 postes" (a plural noun after it)
_QUANTITY = (
    r"(?![\s\u00a0]*(?:\d|%|millions?\b|milliards?\b|mille\b|ans\b|mois\b|fois\b"
    r"|[a-zà-ÿœ]{2,}[sx]\b))"
)
_MAKER_MODEL = re.compile(
    rf"(?<![\w-])(?P<name>{_MAKER}(?:[ \u00a0]+[A-ZÀ-Ý][\w-]*)*[ \u00a0]+"
    rf"(?:\d{{2,4}}[A-Za-z]?|[A-Z][\w-]*\d[\w-]*))(?![\w-]){_QUANTITY}"
)
# (not a flight's number: "le vol AF447"; nor a code in brackets, which abbreviates the
# words before it, whatever they name: "le pas de tir 40 (SLC-40)"). Written with a
# hyphen only: letters glued to digits name flights (MH370), roads (N118, A7) and
# products alike, and a product so written is found by its maker (Airbus A380)
_CODE = re.compile(
    r"(?<![\w(-])(?<!\bvol\s)(?<!\bvols\s)(?P<name>[A-Z][A-Za-z]{0,4}-(?P<number>\d{1,4})[A-Z]?)(?![\w-])"
)
# Codes of diseases and viruses, and of things no product: "Covid-19", "H1N1", "COP-21",
# summits and roads ("G-20", "N-118", "D-906", "A-7")
_NOT_CODES = re.compile(
    r"^(?:covid|sars|mers|cop|h\d|g-?\d|rn|ue|[nd]-|a-\d{1,2}\b)", re.IGNORECASE
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A version after a product's name; not a quantity ("Twitter 3 millions", "Android 75 %")
_VERSION = re.compile(
    rf"[ \u00a0]+(?P<version>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})(?![\w-]|[.,]\d){_QUANTITY}"
    r"(?!\s+(?:jours|pour|sur)\b)"
)


def products(chunk: str) -> dict[str, Label]:
    """The product names ``chunk`` (French text) shows by their maker or their code,
    each typed :attr:`Label.PRODUCT`."""
    found: dict[str, Label] = {}
    for match in _OF_MAKER.finditer(chunk):
        name = match.group("name").rstrip(".’'-")
        first = name.split()[0].lower()
        if len(name) >= 2 and first not in _NOT_PRODUCTS and not _DEMONYM.search(first):
            found.setdefault(name, Label.PRODUCT)
    for pattern in (_MAKER_MODEL, _CODE):
        for match in pattern.finditer(chunk):
            name = match.group("name")
            last = name.split()[-1]
            # an edition's year is no model ("Euro-2016", "Paris-2024", "Boeing 2019")
            number = match.groupdict().get("number") or last
            if not _YEAR.fullmatch(number) and not _NOT_CODES.match(last):
                found.setdefault(name, Label.PRODUCT)
    return found


def versioned(text: str, end: int) -> int:
    """Where a product's name ending at ``end`` ends with its version (*Windows 8*):
    ``end`` itself when no version follows it."""
    match = _VERSION.match(text, end)
    return match.end("version") if match else end


def known_otherwise(
    text: str, candidates: list[tuple[int, Candidate]], known: Mapping[str, Label]
) -> list[tuple[int, Candidate]]:
    """A product the cues read from a maker after it (*la France de Renault*) that the
    gazetteer knows as a place, a body or a person is not one: the gazetteer's names
    of places are never looked for in the text, so nothing else would stop it."""
    return [
        (p, c)
        for p, c in candidates
        if not (
            c.source == "cues"
            and c.label is Label.PRODUCT
            and known.get(fold_case(text[c.start : c.end]), Label.PRODUCT) is not Label.PRODUCT
        )
    ]


def with_version(text: str, c: Candidate) -> Candidate:
    """A known product's name with its version after it: *Windows 8*, *Android 4.1*
    (:func:`versioned`)."""
    if c.label is not Label.PRODUCT or c.source != "gazetteer":
        return c
    end = versioned(text, c.end)
    return c if end == c.end else Candidate(c.start, end, c.label, c.source)


def people_named_like_products(
    text: str, candidates: list[tuple[int, Candidate]]
) -> list[tuple[int, Candidate]]:
    """A known product's name that opens a person's full name the model found — *Kimi
    Raikkonen*, *Ernie Els* — is the person's first name there: the product gives way,
    and the model's person is shown — unless the words before it say it is a product
    (*l'application Yuanbao Chatbot*)."""
    cued = {(c.start, c.end) for _, c in candidates if c.source == "cues"}
    people = [
        c
        for _, c in candidates
        if c.source == "spacy"
        and c.label is Label.PER
        and (c.start, c.end) not in cued
        and len(text[c.start : c.end].split()) > 1
        and all(w[:1].isupper() for w in text[c.start : c.end].split())
    ]
    return [
        (p, c)
        for p, c in candidates
        if not (
            c.source == "gazetteer"
            and c.label is Label.PRODUCT
            and any(m.start == c.start and c.end < m.end for m in people)
        )
    ]
