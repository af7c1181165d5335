"""What the statistical model proposes in French, read again with the words around it.

The French model reads a name from its form and the few words beside it, and on general
news it makes the same few mistakes again and again (measured on the development gold,
``benchmarks/gold/wikinews-fr-dev.json``): a people or a nationality taken for a place
(*les Touareg*, *le Camerounais*, *Deux Britanniques*), a title kept in a person's name
(*Professeur Nobutaka Miura*), an institution typed by where it is (*Université Bordeaux
II* a place), a model of aircraft or console an "other" name (*Airbus A330*, *Nintendo
3DS*), and "other" names that are mostly not names at all. Each rule here reads what a
French reader reads — the determiner before the word, the word the name starts with, the
code after a brand — so it holds for names nobody listed. A word the gazetteer knows
(*la France*, *les Philippines*) is left to it.

Precision before recall: what the model calls an "other" name (MISC) is shown only when
something confirms it — it is written as a title (between guillemets) or is known —
because most of them were wrong (0.15 precision on held-out news).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from reader.entities.base import Block, Candidate, Label
from reader.entities.gazetteer import fold_case

VERSION = "3"  # part of the pipeline's version: a change re-recognises the library
MODEL = "spacy"  # the statistical recogniser's name (reader.entities.statistical)
# Titles and roles written before a person's name, which are not part of it.
_TITLES = frozenset(
    """professeur président présidente docteur général générale maître monseigneur
    sénateur sénatrice député députée ministre inspecteur inspectrice commissaire
    capitaine colonel lieutenant sergent juge cardinal abbé père frère sœur soeur
    madame monsieur mademoiselle maire prince princesse roi reine émir cheikh imam""".split()
)
# The first word of an institution's name: what follows it is an organisation's name,
# whatever the model took it for (*Université Bordeaux II*, *Congrès national général*).
_INSTITUTIONS = frozenset(
    """université institut lycée collège académie fondation banque compagnie parti
    union fédération confédération conseil cour tribunal commission comité agence office
    bureau association syndicat congrès assemblée parlement sénat front mouvement armée
    ministère ligue organisation société groupe caisse centre""".split()
)
# Determiners and numbers before a word for people: "les Touareg", "Deux Britanniques"
_PLURAL_BEFORE = re.compile(
    r"(?:^|[\s(«“\"])(?:les|des|aux|ces|deux|trois|quatre|cinq|six|dix|cent|mille|"
    r"millions?|milliers?|\d[\d  .,]*(?:\s+de)?)\s+$",
    re.IGNORECASE,
)
_SINGULAR_BEFORE = re.compile(r"(?:^|[\s(«“\"])(?:le|l['’]|un|du|au)\s*$", re.IGNORECASE)
# How French forms a man's nationality (le Camerounais, l'Américain, un Italien)
_DEMONYM = re.compile(r"(?:ais|ain|ien|ois|éen)$")
# A model code after a brand: "Airbus A330", "Nintendo 3DS", "McDonnel Douglas MD-83"
_CODE = re.compile(r"^(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Z\d][\w-]*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def review(
    text: str,
    blocks: Sequence[Block],
    lang: str | None,
    candidates: list[tuple[int, Candidate]],
    known: Collection[str],
) -> list[tuple[int, Candidate]]:
    """``candidates`` with the model's French proposals checked: kept, retyped,
    trimmed or dropped. ``known``: every form the gazetteer knows, case-folded."""
    french = [(b.start, b.end) for b in blocks if (b.lang or lang) == "fr"]
    if not french:
        return candidates
    quoted = _quoted(text, french)
    lower = _lower_words(text, french) | _common_acronyms(text, french)
    result: list[tuple[int, Candidate]] = []
    for priority, c in candidates:
        if c.source != MODEL or not any(s <= c.start and c.end <= e for s, e in french):
            result.append((priority, c))
            continue
        checked = _check(text, c, known, quoted, lower)
        if checked is not None:
            result.append((priority, checked))
    result = [(p, _edition(text, c)) for p, c in result]
    return result + [(ACRONYM_PRIORITY, c) for c in acronyms(text, french, result)]


# An edition of a known event: its year, or its host after "de" (Jeux olympiques de Londres)
_EDITION = re.compile(
    r"\s+(?:(?:de\s+|d['’]\s*)?(?:1[89]|20)\d\d(?:[-–/](?:1[89]|20)?\d\d)?\b"
    r"|(?:de\s+|d['’]\s*)[A-ZÀ-Ý][\w-]+)"
)


def _edition(text: str, c: Candidate) -> Candidate:
    """A known event's name with the edition written after it: *Jeux olympiques de
    Londres*, *Jeux Olympiques de 2012*, *Vendée Globe 2012* are that event's names."""
    if c.label is not Label.MISC or c.source != "gazetteer":
        return c
    match = _EDITION.match(text, c.end)
    if match is None:
        return c
    return Candidate(c.start, match.end(), c.label, c.source, c.canonical)


def _check(
    text: str,
    c: Candidate,
    known: Collection[str],
    quoted: Collection[tuple[int, int]],
    lower: Collection[str],
) -> Candidate | None:
    surface = text[c.start : c.end]
    words = surface.split()
    if fold_case(surface) in known:
        return c  # the gazetteer names it; the merge gives it the known type
    first = words[0].lower()
    plural = (first + "s", first + "x")  # "Cinéma :" heading an article on "cinémas"
    if len(words) == 1 and (
        first in lower
        or any(p in lower for p in plural)
        or first in _TITLES
        or first in _INSTITUTIONS
    ):
        # a common noun capitalised where a heading or a sentence starts (*Autonomie
        # stratégique…*, *Cinéma :*) or out of respect (*la République*, *le Président*):
        # the article writes it in lower case elsewhere
        return None
    if len(words) > 1 and first in _TITLES and words[1][:1].isupper():
        start = c.start + surface.index(words[1])
        return Candidate(start, c.end, Label.PER, c.source)
    if len(words) > 1 and first in _INSTITUTIONS and c.label is not Label.PER:
        return Candidate(c.start, c.end, Label.ORG, c.source)
    last = words[-1]
    if len(words) > 1 and _CODE.match(last) and not _YEAR.match(last) and not last.isdigit():
        return Candidate(c.start, c.end, Label.PRODUCT, c.source)
    if (
        len(words) == 1
        and c.label is not Label.ORG
        and all(part[:1].isupper() for part in words[0].split("-"))  # not Hauts-de-Seine
        and _people(text, c.start, words[0])
    ):
        return None
    if c.label is Label.MISC and not any(s <= c.start and c.end <= e for s, e in quoted):
        return None
    return c


def _people(text: str, start: int, word: str) -> bool:
    """Whether a lone capitalised word reads as a people or a nationality: after a
    plural determiner or a number (*les Touareg*, *2 000 Libyens*), or after a singular
    one with a nationality's ending (*le Camerounais*, *l'Américain*)."""
    before = text[max(0, start - 30) : start]
    if _PLURAL_BEFORE.search(before):
        return True
    return bool(_SINGULAR_BEFORE.search(before) and _DEMONYM.search(word))


def _quoted(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches between guillemets, where French writes the titles of works."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        for match in re.finditer(r"«[^»\n]{1,120}»|“[^”\n]{1,120}”", text[start:end]):
            found.append((start + match.start(), start + match.end()))
    return found


_SPELT_LOWER = re.compile(r"((?:[a-zà-ÿœ][\w'’-]*\s+){1,8})\(\s*([A-Z]{2,6})s?\s*\)")
_SMALL = frozenset("de du des d la le les l et à au aux en pour sur".split())


def _common_acronyms(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Acronyms the article spells out in lower-case words — *accidents vasculaires
    cérébraux (AVC)*, *produit intérieur brut (PIB)* — which name no one; given in lower
    case, as the words :func:`_lower_words` gives are."""
    found = set()
    for start, end in spans:
        for match in _SPELT_LOWER.finditer(text, start, end):
            acronym = match.group(2)
            words = [
                w for w in re.split(r"[\s'’-]+", match.group(1)) if w and w.lower() not in _SMALL
            ]
            initials = "".join(_initial(w) for w in words[-len(acronym) :])
            if len(words) >= len(acronym) and initials == fold_case(acronym):
                found.add(acronym.lower())
    return frozenset(found)


def _lower_words(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The words the article writes in lower case."""
    return frozenset(
        word for start, end in spans for word in re.findall(r"\b[a-zà-ÿœ][\w-]*", text[start:end])
    )


ACRONYM_PRIORITY = 56  # above the model and the cues: the article spells it out
SOURCE = "acronyms"
_SPELT = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Z0-9&-]{1,7})\s*\)")
_BEFORE = re.compile(r"(?P<acronym>\b[A-Z][A-Z0-9&-]{1,7})\s*\(\s*$")


def acronyms(
    text: str, spans: Sequence[tuple[int, int]], candidates: Sequence[tuple[int, Candidate]]
) -> list[Candidate]:
    """An acronym spelt out beside a name the recognisers found — *la Confédération
    générale du travail (CGT)*, *l'ALN (Armée de Libération Nationale)* — is that
    name's type, there and wherever else the article writes it."""
    typed: dict[str, Label] = {}
    for _, c in candidates:
        words = text[c.start : c.end].split()
        if len(words) < 2 or c.label not in (Label.ORG, Label.MISC, Label.LOC, Label.PRODUCT):
            continue
        after = _SPELT.match(text, c.end, min(len(text), c.end + 12))
        before = _BEFORE.search(text, max(0, c.start - 12), c.start)
        if before is not None and text[c.end : c.end + 1] != ")":
            before = None
        for match in (after, before):
            if match is not None and _initial(match.group("acronym")) == _initial(words[0]):
                typed.setdefault(match.group("acronym"), c.label)
    found: list[Candidate] = []
    for acronym, label in typed.items():
        pattern = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])")
        for start, end in spans:
            found.extend(
                Candidate(m.start(), m.end(), label, SOURCE)
                for m in pattern.finditer(text, start, end)
            )
    return found


def _initial(word: str) -> str:
    return fold_case(unicodedata.normalize("NFD", word)[:1])
