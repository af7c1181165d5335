"""Acronyms news writes in capitals, with the words they stand for in their own language
and how the other language writes them.

Typed in capitals, an acronym is a word of its own language: ``JO`` in a French query is
the *Jeux olympiques*, which English news calls the *Olympics*; read in lower case in the
English articles it is the first name *Jo*, and in the French ones the stemmer keeps it
as typed. The query expansion (reader.services.expansion) reads a word typed in capitals
here; the index then searches the acronym as typed in its own language's fields only,
its own words as if typed, and the other language's words as a translation
(reader.search.plan). Acronyms an entity of the gazetteer already names (``OTAN``,
``FMI``, ``BCE``, ``UE``) are left to it. Written from the two languages' news usage,
not from any set the search is measured on.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from reader.translate.base import normalize_lang

# ACRONYM | language | its own words | the other language's words, the commonest first
_LINES = """
JO | fr | Jeux olympiques | Olympics, Olympic Games
PIB | fr | produit intérieur brut | GDP, gross domestic product
TVA | fr | taxe sur la valeur ajoutée | VAT, value added tax
OGM | fr | organisme génétiquement modifié | GMO, genetically modified
PDG | fr | président-directeur général | chief executive
ONG | fr | organisation non gouvernementale | NGO, charity
SDF | fr | sans domicile fixe | homeless
IVG | fr | interruption volontaire de grossesse | abortion
PME | fr | petites et moyennes entreprises | small businesses
GDP | en | gross domestic product | PIB, produit intérieur brut
VAT | en | value added tax | TVA
GMO | en | genetically modified | OGM
NGO | en | non-governmental organisation | ONG
CEO | en | chief executive | PDG, directeur général
NHS | en | National Health Service | santé publique
"""


class Acronym(NamedTuple):
    lang: str  # the language that writes it ("fr", "en")
    words: tuple[str, ...]  # what it stands for in that language
    senses: tuple[str, ...]  # how the other language writes it


@cache
def _table() -> dict[str, Acronym]:
    table: dict[str, Acronym] = {}
    for line in _LINES.strip().splitlines():
        acronym, lang, own, other = (p.strip() for p in line.split("|"))
        senses = tuple(s.strip() for s in other.split(",") if s.strip())
        table[acronym] = Acronym(normalize_lang(lang), (own,), senses)
    return table


def acronym(word: str) -> Acronym | None:
    """What ``word`` stands for when typed in capitals as listed (``JO``); None for any
    other word or spelling (``Jo``, ``jo``: a name, a word)."""
    return _table().get(word)
