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
something confirms it — it is written as a title (between guillemets), is known, or
starts with the word of an event, a war or a law (*Seconde Guerre mondiale*, *Loi
fondamentale*, *Stop Online Piracy Act*) — because most of them were wrong (0.15
precision on held-out news). A lone word the model types otherwise than the person whose
full name the article gives (*Julian Assange*, then *remettre Assange*) is that person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence

from reader.entities import clubs, consistency, french_bounds, french_checks, products
from reader.entities.base import Block, Candidate, Label
from reader.entities.gazetteer import fold_case

VERSION = "20"  # part of the pipeline's version: a change re-recognises the library
MODEL = "spacy"  # the statistical recogniser's name (reader.entities.statistical)
# Titles and roles written before a person's name, which are not part of it.
_TITLES = frozenset(
    """professeur président présidente docteur général générale maître monseigneur
    sénateur sénatrice député députée ministre inspecteur inspectrice commissaire
    capitaine colonel lieutenant sergent juge cardinal abbé père frère sœur soeur
    madame monsieur mademoiselle maire prince princesse roi reine émir cheikh imam
    révérend pasteur rabbin lord""".split()
)
# The first word of an institution's name: what follows it is an organisation's name,
# whatever the model took it for (*Université Bordeaux II*, *Congrès national général*).
_INSTITUTIONS = frozenset(
    """université institut lycée collège académie fondation banque compagnie parti
    union fédération confédération conseil cour tribunal commission comité agence office
    bureau association syndicat congrès assemblée parlement sénat front mouvement armée
    ministère ligue organisation société groupe caisse centre musée chambre
    bourse""".split()
)
# Determiners and numbers before a word for people: "les Touareg", "Deux Britanniques"
_PLURAL_BEFORE = re.compile(
    r"(?:^|[\s(«“\"])(?:(?:les|des|aux|ces|certains|certaines|plusieurs|quelques|nombreux|"
    r"nombreuses|deux|trois|quatre|cinq|six|dix|cent|mille|"
    r"millions?|milliers?|\d[\d  .,]*(?:\s+de)?)\s+"
    r"|(?:millions?|milliers?|millier|centaines?|dizaines?)\s+(?:de\s+|d['’]\s*))$",
    re.IGNORECASE,
)
_SINGULAR_BEFORE = re.compile(r"(?:^|[\s(«“\"])(?:le|l['’]|un|du|au)\s*$", re.IGNORECASE)
_FEMININE_BEFORE = re.compile(r"(?:^|[\s(«“\"])(?:la|l['’]|une)\s*$", re.IGNORECASE)
# How French forms a man's nationality (le Camerounais, l'Américain, un Italien)
_DEMONYM = re.compile(r"(?:ais|ain|ien|ois|éen)$")
# …and a woman's (la Polonaise, une Canadienne, l'Européenne); long enough that no place
# of that ending is one (*l'Oise*, *la Vienne*)
_FEMININE_DEMONYM = re.compile(r"^\w{4,}(?:aise|oise|ienne|éenne)$")
# The first word of an event's, a war's or a law's name, which confirms the model's
# "other" name (after an ordinal: *Seconde Guerre mondiale*, *Première Guerre mondiale*)
_EVENT_WORDS = frozenset(
    """guerre guerres bataille révolution printemps crise loi lois traité accord accords
    pacte convention charte protocole déclaration code jeux coupe championnat
    championnats mondial mondiaux tournoi open festival prix salon exposition forum
    sommet conférence opération affaire marathon rallye olympiades biennale foire
    rencontres""".split()
)
_ORDINALS = frozenset(
    "première premier seconde second deuxième troisième quatrième grande grand".split()
)
# …and the last word of one written in English (*PROTECT IP Act*, *Davis Cup*)
_EVENT_LAST = french_checks.EVENT_LAST
# Bodies named by one word of their kind, capitalised inside a sentence (*au Congrès*)
_BODIES = frozenset("congrès sénat parlement assemblée".split())
# A scale's unit, named after its inventor: *degrés Celsius*, *degrés Fahrenheit*
_UNIT_BEFORE = re.compile(r"(?<![\w-])degrés?\s+$")
_ELIDED_COMMON = re.compile(r"^[LlDd]['’][a-zà-ÿœ]")
_CENTURY = re.compile(r"^[IVXLC]+(?:e|ème|er)$")
# A footnote's call glued to a name: "Parti populaire espagnol[1]"
_FOOTNOTE = re.compile(r"\s*\[\d*\]?$")
_SCORE_AFTER = re.compile(r"\s+\d{1,3}\s*[-–]\s*\d{1,3}$")
_CONNECTOR_AFTER = re.compile(r"\s+(?:de|du|des|et|à|au|aux|en)$|\s+(?:d|l)['’]$")
# A model code after a brand: "Airbus A330", "Nintendo 3DS", "McDonnel Douglas MD-83"
_CODE = re.compile(r"^(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Z\d][\w-]*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# an article just before a name: a thing's, not a person's
_THING_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|un|une|ce|cette)\s$")
# "en" just before a name: where something happens (*en Virginie-Occidentale*). Not
# "à": the press writes *à* before people as often (*a répondu à Mélenchon*, *rendu
# hommage à Chirac*), and on the development sets the rule with it gained one name
_PLACE_BEFORE = re.compile(r"(?:^|[\s(])en\s$")


def review(
    text: str,
    blocks: Sequence[Block],
    lang: str | None,
    candidates: list[tuple[int, Candidate]],
    known: Mapping[str, Label],
) -> list[tuple[int, Candidate]]:
    """``candidates`` with the model's French proposals checked: kept, retyped,
    trimmed or dropped. ``known``: every form the gazetteer knows, case-folded, with
    its type."""
    french = [(b.start, b.end) for b in blocks if (b.lang or lang) == "fr"]
    if not french:
        return candidates
    candidates = products.known_otherwise(text, candidates, known)
    quoted = _quoted(text, french)
    lower = _lower_words(text, french) | _common_acronyms(text, french) | _COMMON_ACRONYMS
    full = _full_names(text, candidates)
    candidates = [
        (p, _split_known(text, c, known, full) if c.source == MODEL else c) for p, c in candidates
    ]
    people = _surnames(text, candidates)
    candidates = french_checks.cue_organisations(text, candidates, people)
    candidates = french_checks.work_titles(text, quoted, candidates)
    elsewhere = _people_elsewhere(text, candidates)
    result: list[tuple[int, Candidate]] = []
    for priority, c in candidates:
        if c.source != MODEL or not any(s <= c.start and c.end <= e for s, e in french):
            result.append((priority, c))
            continue
        checked = _check(text, c, known, quoted, lower)
        if (
            checked is not None
            and checked.label is not Label.PER
            and text[checked.start : checked.end] in people
        ):
            checked = Candidate(checked.start, checked.end, Label.PER, checked.source)
        if (
            checked is not None
            and checked.label is Label.PER
            and _PLACE_BEFORE.search(text, max(0, checked.start - 4), checked.start)
            and " " not in (name := text[checked.start : checked.end])
            and name not in people
            and name not in elsewhere
            and known.get(fold_case(name)) is not Label.PER
        ):
            # a lone "person" after *en* is where something happens (*en
            # Virginie-Occidentale*); not one the model calls a person elsewhere in the
            # article
            checked = Candidate(checked.start, checked.end, Label.LOC, checked.source)
        if checked is not None:
            checked = french_checks.particle(text, checked, full)
            result.append((priority, checked))
    result = french_checks.named_after(text, _people_by_model(text, result))
    result = _people_named_like_firms(text, result)
    result = products.people_named_like_products(text, result)
    result = consistency.lists(text, consistency.joined(text, result))
    result = french_checks.places_with_article(text, result, known)
    # the people the article names where no article or determiner stands before them
    named = {
        part
        for _, c in result
        if c.label is Label.PER and not _thing_named(text, c)
        for part in (text[c.start : c.end], *text[c.start : c.end].split())
    }
    result = [
        (p, c)
        for p, c in result
        if not _thing_named(text, c)
        or (name := text[c.start : c.end]) in people
        or name in named
        or known.get(fold_case(name)) is Label.PER
    ]
    result = [(p, products.with_version(text, _edition(text, c))) for p, c in result]
    result += [(ACRONYM_PRIORITY, c) for c in acronyms(text, french, result)]
    result = clubs.clubs(text, french, result, known)
    result = french_bounds.bounds(text, french, result, known, _INSTITUTIONS)
    spread = consistency.spread(text, french, result)
    spread += consistency.people_in_part(text, french, result + [(0, c) for c in spread], known)
    return result + [(consistency.SPREAD_PRIORITY, c) for c in spread]


# An edition of a known event: its year, or its host after "de" (Jeux olympiques de Londres)
_EDITION = re.compile(
    r"(?:\s+de\s+(?:football|rugby|handball|basket(?:-ball)?|volley(?:-ball)?|hockey|ski"
    r"|cricket|natation|athlétisme))?"
    r"\s+(?:(?:de\s+|d['’]\s*)?(?:1[89]|20)\d\d(?:[-–/](?:1[89]|20)?\d\d)?\b"
    r"|(?:de\s+|d['’]\s*)[A-ZÀ-Ý][\w-]+)"
    r"|\s+de\s+(?:football|rugby|handball|basket(?:-ball)?|volley(?:-ball)?|hockey|ski"
    r"|cricket|natation|athlétisme)\b"
)


def _edition(text: str, c: Candidate) -> Candidate:
    """A known event's name with the edition or the sport written after it: *Jeux
    olympiques de Londres*, *Jeux Olympiques de 2012*, *Vendée Globe 2012*, *Coupe du
    monde de football 2014* are that event's names."""
    if c.label is not Label.MISC or c.source != "gazetteer":
        return c
    match = _EDITION.match(text, c.end)
    if match is None:
        return c
    return Candidate(c.start, match.end(), c.label, c.source, c.canonical)


def _thing_named(text: str, c: Candidate) -> bool:
    """Whether the model's lone "person" follows *le*, *la*, *un*, *une*: a thing named
    (*un Emmy*, *la Zoé*); on the development gold, no person's name followed them. Not
    a person the article names so elsewhere, nor one the gazetteer knows: the press
    writes *un Blair fatigué*, *la Callas* (see :func:`review`)."""
    return (
        c.source == MODEL
        and c.label is Label.PER
        and " " not in text[c.start : c.end]
        and bool(_THING_BEFORE.search(text, max(0, c.start - 6), c.start))
    )


def _people_elsewhere(text: str, candidates: Sequence[tuple[int, Candidate]]) -> frozenset[str]:
    """The words the model calls a person somewhere not after *en*."""
    return frozenset(
        text[c.start : c.end]
        for _, c in candidates
        if c.source == MODEL
        and c.label is Label.PER
        and not _PLACE_BEFORE.search(text, max(0, c.start - 4), c.start)
    )


def _people_by_model(
    text: str, candidates: list[tuple[int, Candidate]]
) -> list[tuple[int, Candidate]]:
    """A person a role's cue found (*le président Bachar*) inside a longer person's name
    the model found (*Bachar al-Assad*): the model's extent is the name."""
    people = [c for _, c in candidates if c.source == MODEL and c.label is Label.PER]
    return [
        (p, c)
        for p, c in candidates
        if not (
            c.source == "cues"
            and c.label is Label.PER
            and any(
                m.start <= c.start and c.end <= m.end and (m.start, m.end) != (c.start, c.end)
                for m in people
            )
        )
    ]


def _people_named_like_firms(
    text: str, candidates: list[tuple[int, Candidate]]
) -> list[tuple[int, Candidate]]:
    """A known organisation's name that ends a person's full name the model found —
    *Michael Bloomberg*, *Henry Ford* — is the person's surname there: the known name
    gives way, as a place's does to *François Hollande* (not to a span that swallowed
    it with lower-case words, *Martin Lau de Tencent*)."""
    people = [
        c
        for _, c in candidates
        if c.source == MODEL and c.label is Label.PER and len(text[c.start : c.end].split()) > 1
    ]
    return [
        (p, c)
        for p, c in candidates
        if not (
            c.source == "gazetteer"
            and c.label is Label.ORG
            and any(
                m.end == c.end
                and m.start < c.start
                and all(w[:1].isupper() for w in text[m.start : c.start].split())
                for m in people
            )
        )
    ]


def _surnames(text: str, candidates: Sequence[tuple[int, Candidate]]) -> frozenset[str]:
    """The last words of the people the recognisers name by a full name (*Julian
    Assange*: *Assange*), where fewer full names of other types end with that word."""
    last: dict[str, list[Label]] = {}
    cued = {(c.start, c.end) for _, c in candidates if c.source == "cues"}
    for _, c in candidates:
        if c.source == MODEL and (c.start, c.end) in cued:
            continue  # the words before the name said what it is: the model's guess is not counted
        words = text[c.start : c.end].split()
        if len(words) >= 2 and words[-1][:1].isupper():
            last.setdefault(words[-1], []).append(c.label)
    return frozenset(
        word
        for word, labels in last.items()
        if labels.count(Label.PER) > len(labels) - labels.count(Label.PER)
    )


def _full_names(text: str, candidates: Sequence[tuple[int, Candidate]]) -> frozenset[str]:
    """The people's full names the model finds alone in the article."""
    return frozenset(
        text[c.start : c.end]
        for _, c in candidates
        if c.source == MODEL and c.label is Label.PER and len(text[c.start : c.end].split()) > 1
    )


def _split_known(
    text: str, c: Candidate, known: Collection[str], people: Collection[str]
) -> Candidate:
    """A known name glued to a person's full name that the article also writes alone —
    *le fondateur de WikiLeaks Julian Assange* — is two names: the person's kept here,
    the known one the gazetteer's."""
    surface = text[c.start : c.end]
    words = surface.split()
    for k in range(1, len(words) - 1):
        tail = " ".join(words[k:])
        if fold_case(" ".join(words[:k])) in known and tail in people:
            return Candidate(c.end - len(tail), c.end, Label.PER, c.source)
    return c


def _sentence_start(text: str, start: int) -> bool:
    """Whether a word opens a sentence, a heading or a quotation (not the full stop of
    an initial or of *M.*: *a indiqué M. Romney*)."""
    before = text[max(0, start - 4) : start].rstrip(" \u00a0'’")
    if _ABBREVIATION.search(before):
        return False
    return not before or before[-1] in '.!?:;«“"\n-–—(['


_ABBREVIATION = re.compile(r"(?:^|[\s(])[A-Z]\.$")


def _opening_verb(text: str, start: int, word: str) -> bool:
    """Whether a lone "person" opening a heading or a sentence is a verb (*Reconfigurer
    les sites*, *Baptisée « PH1 »*): the article never writes it again, where a person
    named by one word is named again."""
    return _sentence_start(text, start) and (
        len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) == 1
    )


def _check(
    text: str,
    c: Candidate,
    known: Mapping[str, Label],
    quoted: Sequence[tuple[int, int]],
    lower: Collection[str],
) -> Candidate | None:
    c = french_checks.whole_person(text, french_checks.initial(text, c))
    surface = text[c.start : c.end]
    footnote = _FOOTNOTE.search(surface)
    if footnote is not None and footnote.start() > 0 and "[" in footnote.group():
        c = Candidate(c.start, c.start + footnote.start(), c.label, c.source, c.canonical)
        surface = text[c.start : c.end]
    score = _SCORE_AFTER.search(surface) or _CONNECTOR_AFTER.search(surface)
    if score is not None and score.start() > 0:
        # a score glued to a team's name (*la Croatie 4-2*), a preposition to a firm's
        # (*la marque Goop de l'actrice*)
        c = Candidate(c.start, c.start + score.start(), c.label, c.source, c.canonical)
        surface = text[c.start : c.end]
    words = surface.split()
    if fold_case(surface) in known:
        # the gazetteer names it; the merge gives it the known type, or this a place's
        return french_checks.known_place(text, c, known)
    if (
        french_checks.not_a_name(text, c, _INSTITUTIONS)
        or french_checks.in_short_title(text, c, quoted)
        or french_checks.shouted(text, c)
    ):
        return None
    c = french_checks.event(text, c)
    first = words[0].lower()
    if c.label is Label.PER and len(words) > 1 and first in _TITLES and words[1].islower():
        return None  # a role (*le Président de l'Assemblée*), not a person's name
    if c.label is Label.PER and len(words) > 1 and first in _INSTITUTIONS:
        return Candidate(c.start, c.end, Label.ORG, c.source)  # *Groupe Bel*: not a person
    if _UNIT_BEFORE.search(text, max(0, c.start - 12), c.start):
        return None  # a unit named after a person (*1 200 degrés Celsius*)
    c = french_checks.retyped(c, words)
    plural = (first + "s", first + "x")  # "Cinéma :" heading an article on "cinémas"
    if (
        len(words) == 1
        and c.label in (Label.ORG, Label.MISC)
        and first in _BODIES
        and first not in lower
        and not _sentence_start(text, c.start)
    ):
        # "au Congrès", "l'Assemblée": the body itself, never written lower
        return Candidate(c.start, c.end, Label.ORG, c.source)
    if (
        len(words) == 1
        and c.label in (Label.LOC, Label.PER)
        and any(ch.isdigit() for ch in surface)
    ):
        return None  # a code (a rating, *Baa2*), neither a place nor a person
    if _ELIDED_COMMON.match(surface):
        return None  # an article before a word in lower case (*L’équipe a fait*): no name
    if len(words) == 1 and _CENTURY.match(surface):
        return None  # a century (*XXe*)
    if c.label is Label.PER and len(words) == 2 and words[1].islower():
        return None  # a species (*Zizeeria maha*): a person's names are capitalised
    if c.label is Label.PER and len(words) == 1 and _opening_verb(text, c.start, surface):
        return None
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
    if (
        c.label is Label.MISC
        and not any(s <= c.start and c.end <= e for s, e in quoted)
        and not (_event(words) and not _heading_words(text, c.start, words))
    ):
        return None
    return c


def _heading_words(text: str, start: int, words: Sequence[str]) -> bool:
    """Whether a name's only capital is the one a heading or a sentence gives its first
    word (*Guerre numérique*, a heading): common words, not an event's name."""
    return _sentence_start(text, start) and all(not w[:1].isupper() for w in words[1:])


def _event(words: Sequence[str]) -> bool:
    """Whether a name of several words reads as an event's, a war's or a law's: its
    first word (after an ordinal) says so, capitalised, or its last in English."""
    if len(words) < 2:
        return False
    lead = words[1] if words[0].lower() in _ORDINALS and len(words) > 2 else words[0]
    return (lead[:1].isupper() and lead.lower() in _EVENT_WORDS) or words[-1] in _EVENT_LAST


def _people(text: str, start: int, word: str) -> bool:
    """Whether a lone capitalised word reads as a people or a nationality: after a
    plural determiner or a number (*les Touareg*, *2 000 Libyens*), or after a singular
    one with a nationality's ending (*le Camerounais*, *l'Américain*, *la Polonaise*)."""
    before = text[max(0, start - 30) : start]
    if _PLURAL_BEFORE.search(before):
        return True
    if _FEMININE_BEFORE.search(before) and _FEMININE_DEMONYM.search(word):
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


# French acronyms of common nouns — taxes, wages, contracts, illnesses, kinds of firm or
# body — which name no one even where the article does not spell them out
_COMMON_ACRONYMS = frozenset(
    """tva isf pib pnb ogm avc ivg vih adn arn pme pmi tpe eti cdi cdd hlm rsa rmi sdf
    irm sms pdg drh qg ong chu chsct opa ope""".split()
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
