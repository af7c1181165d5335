"""French names' extents and capitals, read again after the model (called by
:mod:`reader.entities.review`).

What French press writes around a name that the model reads wrongly, measured on the
fifth development gold (``benchmarks/gold/wikinews-fr-dev5.json``, scored before it was
read) and general in form — none of these is a list of the names that went wrong:

- an initial before a surname is left out, as a title is (*B. Obama* → *Obama*), and a
  surname's particle kept when the article gives the full name with it (*Nick De
  Santis*, then *De Santis a parlé*, where the model saw a preposition);
- a capital that only French usage gives is no name: *État*, *Etats clés* and *la
  République* (the state, a common noun), a minister's portfolio (*ministre de l'Enseignement
  supérieur*), a phrase the article writes elsewhere in lower case;
- a place the model finds opening a short title between guillemets is the title's word
  (*« Époques et styles architecturaux »*, a code name *« Precise Pangolin »*): unsure,
  so not shown;
- a name whose first word is an event's is an event, whatever the model typed it
  (*Salon européen de l'éducation*, *Forum mondial de la langue française*);
- a place the gazetteer names (only to name it) stays a place when the model calls it an
  organisation or an other name (*le Moyen-Orient*, *la France a battu*);
- a title between guillemets after the kind of work it names (*le livre « AI Superpowers:
  China, Silicon Valley… »*, *le film « … »*, *la loi dite « … »*) is that work's name,
  whatever names it holds; a person or a place a thing is named after (*accords d'Évian*,
  *l'affaire Merah*, *le théorème de Fermat*) is that thing's other name;
- a "person" named *Saint* something, capitalised, is a place (a church, a town: French
  writes the saint himself *saint Martin*); a name ending as an English law's or event's
  does is one (*Government of Wales Act*); a "place" ending with a newspaper's word is the
  newspaper (*Washington Examiner*, :data:`PRESS_WORDS`, read by the merge too);
- an institution's name holding a known place is the institution's (*Bourse de New York*,
  *Université Paris Descartes*: :data:`INSTITUTION_WORDS`, read by the merge), and a
  cue's organisation (*l'association Wikimédia France*) keeps the country that ends its
  name, and lets go of a person's name glued after it (*l'agence RIA Novosti Valentine
  Sapounov*: the agency, then the person the article names again).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from reader.entities.base import Candidate, Label
from reader.entities.gazetteer import fold_case

MODEL = "spacy"
CUES = "cues"
# An initial (or two, hyphenated: *J.-M. Ayrault*) before a capitalised surname
_INITIAL = re.compile(r"[A-Z]\.(?:-[A-Z]\.)?\s+(?=[A-ZÀ-Ý])")
# The state as a common noun: *l'État*, *les Etats clés*, *un Etat-clé* (not *États-Unis*),
# *la République* alone
_STATE = re.compile(r"^(?:[ÉE]tats?(?:-[a-zà-ÿ][\w-]*)?|République)$")
# A minister's portfolio written after the title: *le ministre de l'Enseignement supérieur*,
# *le ministre grec des Finances*, *la ministre déléguée aux Transports*, *le secrétaire
# américain à l'Intérieur*
_PORTFOLIO = re.compile(
    r"(?<![\w-])(?:ministres?|secrétaires?)(?:\s+[a-zà-ÿ-]+){0,2}?"
    r"\s+(?:de\s+la|de\s+l['’]|des|du|de|à\s+la|à\s+l['’]|aux?)\s*$",
    re.IGNORECASE,
)
# The first word of an event's name (*Salon européen de l'éducation*, *Forum mondial…*)
_EVENT_FIRST = frozenset(
    """salon festival forum sommet foire exposition championnat championnats coupe jeux
    tournoi marathon rallye biennale olympiades rencontres mondial""".split()
)
# The words of a French institution's name: the model's organisation that holds a known
# place with one of them is the institution (*Bourse de New York*, *Université Paris
# Descartes*), not the place the gazetteer finds inside it
INSTITUTION_WORDS = frozenset(
    """Bourse Université Institut Conseil Banque Chambre Commission Assemblée Parlement
    Agence Fondation Association Parti Fédération Confédération Ligue Cour Tribunal
    Ministère Académie Comité Office Observatoire École Lycée Collège Compagnie Société
    Caisse Syndicat Mouvement Organisation Commissariat Préfecture Mairie""".split()
)
# The last word of a newspaper's name: a "place" ending with it is the newspaper
# (*Washington Examiner*), not the city the gazetteer finds inside it
PRESS_WORDS = frozenset(
    """Times Post Journal Telegraph Herald Tribune Gazette Chronicle Examiner Observer
    Inquirer Courier Monitor""".split()
)
# …an English law's, event's or war's (*Government of Wales Act*, *Davis Cup*)
EVENT_LAST = frozenset("Act Bill Treaty Cup Open Games Awards Prize Festival War".split())
# The last word of an English body's name, which a place's never is (*National
# Hurricane Center*, *Federal Reserve Board*; not *City*: *Salt Lake City*)
_BODY_LAST = frozenset(
    """Institute Agency Service Council Association Foundation University College
    Committee Commission Authority Board Department Bureau Corporation Company
    Inc Ltd Limited Group Party Network Society Federation League""".split()
)
# …and these a building's too (*World Trade Center*, *Lincoln Center*, *l'Oval Office*):
# a body only with a word of one before them (*Foreign Office*, *National Hurricane Center*)
_BUILDING_LAST = frozenset("Center Centre Office".split())
_BODY_WORDS = frozenset(
    """National Federal International Regional European Joint Research Information
    Statistics Statistical Meteorological Foreign Home Cabinet Press Patent Audit""".split()
)
# …of which these end firms' names too (*Epic Games*): an organisation keeps its type
_FIRM_LAST = frozenset("Games Open".split())
# The kinds of work whose title French writes between guillemets after them: *le livre
# « … »*, *son film intitulé « … »*
_WORK = re.compile(
    r"(?<![\w-])(?:livre|roman|essai|ouvrage|film|documentaire|album|chanson|disque|"
    r"opéra|comédie|pièce|spectacle|série|feuilleton|émission|rapport|poème|tableau|"
    r"sculpture|loi)s?"
    r"(?:\s+[a-zà-ÿ]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|ique|al|ale))?"
    r"(?:\s+(?:intitul|nomm|baptis|appel)ée?s?|\s+dite?s?)?\s*,?\s*$"
)
# A thing named after a person or a place, whose name is the thing's (*accords d'Évian*,
# *affaire Merah*, *théorème de Fermat*): an other name, as the gold has it
_THING_OF = re.compile(
    r"(?<![\w-])(?:théorème|effet|principe|constante|équation|paradoxe|"
    r"conjecture|loi|(?P<accord>accord)s?|traité|pacte|protocole|affaire|doctrine|"
    r"plans?\s+dits?)\s+(?:de\s+|d['’]\s*)?$",
    re.IGNORECASE,
)
# …but a party to an accord is named with the other (*l'accord d'Israël et du Hamas*,
# *l'accord de Washington avec Pékin*), where *l'accord de Paris* is the accord's name
_OTHER_PARTY = re.compile(r"\s+(?:et|avec)\b")
# Particles of a surname (*De Santis*, *Le Roux*, *Van Gogh*, *Di Vaio*)
_PARTICLES = frozenset("de De Le La Di Da Van Von van von Du Des".split())
# Guillemets around a short title (six words at most: speech quoted is longer)
_SHORT_QUOTE = re.compile(r"«\s*([^»\n]{1,80}?)\s*»")


def initial(text: str, c: Candidate) -> Candidate:
    """A person's span without the initial before the surname (*B. Obama* → *Obama*)."""
    if c.label is not Label.PER:
        return c
    match = _INITIAL.match(text, c.start, c.end)
    if match is None or match.end() >= c.end:
        return c
    return Candidate(match.end(), c.end, c.label, c.source, c.canonical)


def particle(text: str, c: Candidate, people: Collection[str]) -> Candidate:
    """A person's span with the particle before it when the article writes the full name
    with that particle (*Nick De Santis*, then *De Santis a parlé*)."""
    if c.label is not Label.PER:
        return c
    match = re.search(r"(\S+)\s+$", text[max(0, c.start - 6) : c.start])
    if match is None or match.group(1) not in _PARTICLES:
        return c
    word = match.group(1)
    surface = text[c.start : c.end]
    if not any(
        name.endswith(f" {word} {surface}") or name.endswith(f" {word.lower()} {surface}")
        for name in people
    ):
        return c
    return Candidate(c.start - len(match.group(0)), c.end, c.label, c.source, c.canonical)


def not_a_name(text: str, c: Candidate, institutions: Collection[str]) -> bool:
    """Whether the model's capitalised words are French usage's capital, not a name: the
    state, a minister's portfolio, a phrase the article writes in lower case too."""
    surface = text[c.start : c.end]
    if c.label is Label.PER:
        return False
    if _STATE.match(surface):
        return True
    if _PORTFOLIO.search(text[max(0, c.start - 40) : c.start]):
        return True
    words = surface.split()
    if len(words) < 2 or fold_case(words[0]) in institutions:
        return False
    lower = surface.lower()
    return any(
        text[m.start() : m.end()] == lower
        for m in re.finditer(rf"(?<!\w){re.escape(lower)}(?!\w)", text, re.IGNORECASE)
    )


# a word in capitals only: "MERCI", "NOIRE", "D'AVOIR"
_CAPITALS = re.compile(r"^[^\W\d_a-zß-ÿ]+(?:['’][^\W\d_a-zß-ÿ]+)?$")
_WORD_AROUND = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def shouted(text: str, c: Candidate) -> bool:
    """Whether the model's name is words of a text written in capitals (*« NOOOON ENCORE
    UNE NOIRE »*, *MERCI D'AVOIR TENU TÊTE*): read from capitals every word has, it is
    no name. An acronym stands among words in lower case (*le FBI et la CIA*)."""
    words = _WORD_AROUND.findall(text[c.start : c.end])
    if not words or not all(_CAPITALS.match(w) for w in words):
        return False
    if sum(len(w) >= 3 for w in words) >= 2:
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    before = _WORD_AROUND.findall(text[max(line_start, c.start - 30) : c.start])
    after = _WORD_AROUND.findall(text[c.end : line_end if line_end >= 0 else len(text)][:30])
    near = before[-1:] + after[:1]
    return any(len(w) >= 2 and _CAPITALS.match(w) for w in near)


def in_short_title(text: str, c: Candidate, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether a model's place opens a short title between guillemets, where the first
    word is capitalised whatever it is (*« Époques et styles architecturaux »*); a place
    further inside keeps its capital's meaning (*la « planète Tatooine »*)."""
    if c.label is not Label.LOC:
        return False
    for start, end in quoted:
        if start <= c.start and c.end <= end:
            inner = _SHORT_QUOTE.match(text, start, end)
            return (
                inner is not None and inner.start(1) == c.start and len(inner.group(1).split()) <= 6
            )
    return False


def event(text: str, c: Candidate) -> Candidate:
    """A name of several words that starts with an event's word is an event."""
    words = text[c.start : c.end].split()
    if (
        c.label in (Label.ORG, Label.LOC)
        and len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _EVENT_FIRST
    ):
        return Candidate(c.start, c.end, Label.MISC, c.source, c.canonical)
    return c


def known_place(text: str, c: Candidate, known: Mapping[str, Label]) -> Candidate:
    """A place the gazetteer knows keeps its type when the model calls it an
    organisation or an other name. A person named like a place stays a person (*Paris
    Hilton*), unless an article stands before the name: French writes *de la Caroline du
    Sud*, *le Niger*, never *la* before a person's full name."""
    if known.get(fold_case(text[c.start : c.end])) is not Label.LOC:
        return c
    if c.label in (Label.ORG, Label.MISC) or (
        c.label is Label.PER and _ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start)
    ):
        return Candidate(c.start, c.end, Label.LOC, c.source, c.canonical)
    return c


def places_with_article(
    text: str, candidates: list[tuple[int, Candidate]], known: Mapping[str, Label]
) -> list[tuple[int, Candidate]]:
    """A model's "person" the gazetteer knows as a place, after an article, is the place
    (:func:`known_place`), whatever the list it stands in: *Lindsey Graham, de la
    Caroline du Sud, Mike Lee et Orrin Hatch* lists senators, not *Caroline du Sud*."""
    return [
        (p, known_place(text, c, known) if c.source == "spacy" and c.label is Label.PER else c)
        for p, c in candidates
    ]


_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|les|l['’]|du|des|au|aux)\s*$", re.IGNORECASE)


def cue_organisations(
    text: str, candidates: list[tuple[int, Candidate]], surnames: Collection[str]
) -> list[tuple[int, Candidate]]:
    """A cue's organisation keeps the known place that ends its name (*Wikimédia
    France*: the gazetteer's *France* inside it is dropped) and lets go of a person's
    name after it (*RIA Novosti Valentine Sapounov*: a first name and a surname the
    article uses for a person)."""
    result: list[tuple[int, Candidate]] = []
    organisations = []
    for priority, c in candidates:
        if c.source == CUES and c.label is Label.ORG:
            c = _without_person(text, c, surnames, result)
            organisations.append(c)
        result.append((priority, c))
    if not organisations:
        return result
    return [
        (p, c)
        for p, c in result
        if not (
            c.source == "gazetteer"
            and c.label is Label.LOC
            and any(o.start < c.start and c.end == o.end for o in organisations)
        )
    ]


def _without_person(
    text: str,
    c: Candidate,
    surnames: Collection[str],
    found: list[tuple[int, Candidate]],
) -> Candidate:
    words = text[c.start : c.end].split()
    if len(words) < 3 or words[-1] not in surnames or not words[-2][:1].isupper():
        return c
    person = text.rindex(words[-2], c.start, c.end)
    found.append((50, Candidate(person, c.end, Label.PER, MODEL)))
    head_end = c.start + len(text[c.start : person].rstrip())
    return Candidate(c.start, head_end, c.label, c.source, c.canonical)


def retyped(c: Candidate, words: Sequence[str]) -> Candidate:
    """A model's name typed again by its first or last word: *Saint Martin* a place, a
    name ending with *Act* a law, a place ending with a newspaper's word the newspaper."""
    label = c.label
    if label is Label.PER and len(words) > 1 and words[0] in ("Saint", "Sainte"):
        label = Label.LOC
    elif (
        len(words) > 1
        and words[-1] in EVENT_LAST
        and (label is Label.LOC or (label is Label.ORG and words[-1] not in _FIRM_LAST))
    ):
        label = Label.MISC
    elif label is Label.LOC and len(words) > 1 and words[-1] in PRESS_WORDS:
        label = Label.ORG
    elif label is Label.LOC and len(words) > 1 and words[-1] in _BODY_LAST:
        label = Label.ORG  # an English body's name: "Federal Reserve Board"
    elif (
        label is Label.LOC
        and len(words) > 1
        and words[-1] in _BUILDING_LAST
        and _BODY_WORDS.intersection(words[:-1])
    ):
        label = Label.ORG  # "National Hurricane Center", not "World Trade Center"
    if label is c.label:
        return c
    return Candidate(c.start, c.end, label, c.source, c.canonical)


WORK_PRIORITY = 85  # above the gazetteer: a known place inside a title is the title's


def work_titles(
    text: str, quoted: Sequence[tuple[int, int]], candidates: list[tuple[int, Candidate]]
) -> list[tuple[int, Candidate]]:
    """A title between guillemets after the kind of work it names is an other name, as
    a whole: *le livre « AI Superpowers: China, Silicon Valley and the New World Order »*
    is one name, not a place and a valley; the names inside it are left out."""
    titles = []
    for start, end in quoted:
        if not _WORK.search(text, max(0, start - 40), start):
            continue
        inner = re.match(r"[«“]\s*(.*?)\s*[»”]$", text[start:end], re.DOTALL)
        if inner is None or not inner.group(1)[:1].isupper():
            continue
        titles.append(Candidate(start + inner.start(1), start + inner.end(1), Label.MISC, CUES))
    if not titles:
        return candidates
    kept = [
        (p, c)
        for p, c in candidates
        if not any(t.start <= c.start and c.end <= t.end for t in titles)
    ]
    return kept + [(WORK_PRIORITY, t) for t in titles]


# A particle ending a person's name the model cut (*Armel Le*, then *Cléac'h*), or opening
# the rest of it after the given name it kept (*Armel*, then *Le Cléac´h*)
_REST_OF_NAME = re.compile(r"\s+[A-ZÀ-Ý][\w'’´-]*")
_PARTICLE_AND_NAME = re.compile(r"\s+(?:Le|La|Van|Von|Di|Da|Del|Du|De)\s+[A-ZÀ-Ý][\w'’´-]*")


def whole_person(text: str, c: Candidate) -> Candidate:
    """A person's name the model cut at a particle or an apostrophe, made whole: *Armel Le*
    and *Armel* before *Le Cléac'h* are *Armel Le Cléac'h*; a person's name never ends
    with its particle."""
    if c.label is not Label.PER:
        return c
    words = text[c.start : c.end].split()
    if len(words) > 1 and words[-1] in _PARTICLES and words[-1][:1].isupper():
        rest = _REST_OF_NAME.match(text, c.end)
        if rest is None:
            return c
        return Candidate(c.start, rest.end(), c.label, c.source, c.canonical)
    rest = _PARTICLE_AND_NAME.match(text, c.end)
    if rest is None:
        return c
    return Candidate(c.start, rest.end(), c.label, c.source, c.canonical)


# A capitalised word after a treaty's, an accord's or a protocol's kind and *de*: the
# place it was signed in names it (*le traité de Lisbonne*, *les accords d'Évian*)
_SIGNED_AT = re.compile(
    r"(?<![\w-])(?:traité|(?P<accord>accord)s?|protocole|pacte|plans?\s+dits?)\s+"
    r"(?:de\s+|d['’]\s*)(?P<name>[A-ZÀ-Ý][\w-]+)(?![\w’'-])"
)


def named_after(text: str, candidates: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """A lone person's or place's name after a thing named after it — *les accords
    d'Évian*, *l'affaire Merah*, *le théorème de Fermat* — is the thing's other name,
    whoever found it; a treaty's place that no recogniser found (*le traité de
    Lisbonne*) is added as one."""
    taken = [(c.start, c.end) for _, c in candidates]
    for match in _SIGNED_AT.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in taken):
            continue
        if match["accord"] and _OTHER_PARTY.match(text, end):
            continue
        candidates = [*candidates, (50, Candidate(start, end, Label.MISC, "cues"))]
    result = []
    for p, c in candidates:
        if (
            c.label in (Label.PER, Label.LOC)
            and " " not in text[c.start : c.end]
            and (thing := _THING_OF.search(text, max(0, c.start - 20), c.start))
            and not (thing["accord"] and _OTHER_PARTY.match(text, c.end))
        ):
            c = Candidate(c.start, c.end, Label.MISC, c.source)
        result.append((p, c))
    return result
